using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OwnerAfterLogoNameInTitleTests
{
    private static string Page(string documentTitle, string logoAlt) => $"""
        <html><head><title>{documentTitle}</title></head><body>
        <div class="brand"><a href="/news/"><img src="/logo.png" alt="{logoAlt}" width="242" height="80" /></a></div>
        <div class="article">
        <h1>Ferry board keeps the early sailing</h1>
        <p>The harbour board voted on Monday to keep the six o'clock ferry running through the winter months.</p>
        <p>Commuters had told the board that the early boat is the only one that gets them to work on time.</p>
        </div>
        </body></html>
        """;

    [Fact]
    public void The_owner_in_parentheses_after_the_logos_name_is_no_part_of_the_site()
    {
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("Ferry board keeps the early sailing - River News (River Broadcasting Corporation)", "River News")), "ferry.html");

        Assert.Equal("River News", parsed.Site);
    }

    [Fact]
    public void Parentheses_after_a_name_no_logo_reads_stay_in_the_site()
    {
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("Ferry board keeps the early sailing - River News (River Broadcasting Corporation)", "Home")), "ferry.html");

        Assert.Equal("River News (River Broadcasting Corporation)", parsed.Site);
    }
}
