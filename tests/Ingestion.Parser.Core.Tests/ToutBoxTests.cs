using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ToutBoxTests
{
    private const string Page = """
        <html><head><title>Harbour board orders two new ferries - Harbour Coast</title></head><body>
        <main><article class="story"><h1>Harbour board orders two new ferries</h1>
        <div class="byline">By Mara Quist</div>
        <section class="article-body"><div class="article-body__content">
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        <div class="desk-tout"> <span class="desk-tout__text">Before it's in print, it's on the Harbour Desk.</span> <a href="http://harbourcoast.test/desk" class="desk-tout__link">LEARN MORE</a> </div>
        </div></section></article></main></body></html>
        """;

    [Fact]
    public void A_tout_box_closing_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The older ferry", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_paragraph_speaking_of_a_tout_stays()
    {
        var html = Page.Replace("passed their sea trials next summer", "passed their sea trials, the board's tout said");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("board's tout said", StringComparison.Ordinal));
    }
}
