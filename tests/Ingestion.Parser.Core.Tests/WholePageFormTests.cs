using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WholePageFormTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Herald</title></head>
        <body><form name="aspnetForm" method="post" action="/story.aspx?id=12" id="aspnetForm">
        <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==" />
        <article><h1>Harbour ferry returns for the summer</h1>
        <div class="story-text">
        <p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p>
        </div></article>
        SEARCH
        </form></body></html>
        """;

    private const string SearchBox = """
        <form action="/search.aspx" method="get"><label for="q">Search the Herald archive</label><input id="q" name="q" /><button>Go</button></form>
        """;

    private static ParsedPage Parse(string html) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");

    [Fact]
    public void A_short_storys_page_wrapped_whole_in_one_form_keeps_its_text()
    {
        var page = Parse(Page.Replace("SEARCH", string.Empty));

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The old ferry came back", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_search_form_beside_the_story_still_goes()
    {
        var page = Parse(Page.Replace("<form name=\"aspnetForm\" method=\"post\" action=\"/story.aspx?id=12\" id=\"aspnetForm\">", string.Empty)
            .Replace("</form></body>", "</body>").Replace("SEARCH", SearchBox));

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Search the Herald", StringComparison.Ordinal));
    }
}
