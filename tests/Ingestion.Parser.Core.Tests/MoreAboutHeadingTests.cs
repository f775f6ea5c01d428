using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MoreAboutHeadingTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Why the ferry board kept the night crossing</title></head><body>
        <article><h1>Why the ferry board kept the night crossing</h1>
        <div class="primary-modules">
        <section class="module text-block">
        <p>After a long summer of full sailings, the ferry board voted to keep the last crossing at midnight through the winter months.</p>
        <p>Professor Ilse Varga spoke to a local station about what the vote means for the islands' small businesses and commuters.</p>
        </section>
        {{box}}
        </div></article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_more_about_label_over_a_persons_card_is_no_paragraph()
    {
        var page = Parse("""
            <section class="module multibox"><div class="multibox-inner"><h3 class="multibox-title">More about Ilse Varga</h3>
            <div class="multibox-body"><ul class="article-list"><li><a href="/people/varga/">Ilse Varga</a>, Professor of Maritime Policy</li></ul></div></div></section>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("More about Ilse Varga", page.BodyParagraphs);
    }

    [Theory]
    [InlineData("More about Ilse Varga", true)]
    [InlineData("Mehr über Ilse Varga", true)]
    [InlineData("More about that vote will follow next week.", false)]
    [InlineData("More about:", false)]
    public void Only_a_label_naming_what_the_links_are_about_is_a_related_heading(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateFilter.IsRelatedHeading(line));
    }
}
