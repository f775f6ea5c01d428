using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionAddressSiteNameTests
{
    private const string Page = """
        <html><head><title>Harbour board orders two new ferries - Harbourpost Politics</title>
        <meta property="og:site_name" content="Harbourpost.com/politics"></head><body>
        <main><article class="story"><h1>Harbour board orders two new ferries</h1>
        <div class="byline">By Mara Quist</div>
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        </article></main></body></html>
        """;

    [Fact]
    public void A_sections_address_gives_way_to_the_name_the_title_spells()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal("Harbourpost Politics", page.Site);
    }

    [Fact]
    public void A_title_ending_in_other_words_leaves_the_share_name()
    {
        var html = Page.Replace("- Harbourpost Politics</title>", "- Harbourpost Weekend</title>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Equal("Harbourpost.com/politics", page.Site);
    }

    [Fact]
    public void A_hyphenated_section_is_spelled_with_spaces()
    {
        var html = Page.Replace("Harbourpost.com/politics", "www.harbourpost.com/new-york").Replace("- Harbourpost Politics</title>", "- Harbourpost New York</title>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Equal("Harbourpost New York", page.Site);
    }
}
