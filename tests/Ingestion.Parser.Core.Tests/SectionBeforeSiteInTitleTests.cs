using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionBeforeSiteInTitleTests
{
    private static ParsedPage Parse(string documentTitle, string kicker) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{documentTitle}}</title></head><body>
        <article>{{kicker}}
        <header><h1 class="heading">The best ferry rides of the year</h1><div class="byline">By Mo Dunn</div></header>
        <div class="article-body">
        <p>Great crossings, like great films, follow no single formula, and the ones below were the year's finest on the water.</p>
        <p>The night crossing to the island runs under the lighthouse beam, and the crew hands out blankets to the deck passengers.</p>
        </div></article></body></html>
        """), "ferries.html");

    [Theory]
    [InlineData("The best ferry rides of the year &middot; Best of &middot; The Harbour Club")]
    [InlineData("The best ferry rides of the year | Best of | The Harbour Club")]
    public void The_section_named_by_the_kicker_link_is_no_part_of_the_site(string documentTitle)
    {
        var page = Parse(documentTitle, "<a class=\"article-type\" href=\"/features/best-of/\">Best of</a>");
        Assert.Equal("The Harbour Club", page.Site);
    }

    [Fact]
    public void Without_a_link_naming_the_first_part_the_rest_is_left_as_it_was()
    {
        var page = Parse("The best ferry rides of the year &middot; Best of &middot; The Harbour Club", string.Empty);
        Assert.Equal("Best of · The Harbour Club", page.Site);
    }
}
