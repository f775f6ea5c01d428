using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentPluginRulesBoxTests
{
    private const string Page = """
        <html><head><title>Harbour reopens after the storm - Orbe News</title><meta property="og:site_name" content="Orbe News"></head><body>
        <h1>Harbour reopens after the storm</h1>
        <div class="story-text">
        <p>The city's harbour reopened on Monday after five days closed by the storm, the port authority said in a statement.</p>
        <p>Cargo ships began docking again in the afternoon, though passenger ferries will not sail until Wednesday.</p>
        <div class="divline"> </div>
        <div style="padding:10px 0;">
        <p>Orbe News welcomes a lively and useful debate. Please read our <a href="/community_guidelines.html">community guidelines</a> before you comment; what you post may be used under our <a href="/privacy.html">privacy policy</a> and <a href="/terms.html">terms of use</a>.</p>
        <p>The views below are the commenters' own and not those of Orbe News.</p>
        </div>
        <div class="fb-comments" data-href="http://x.test/harbour/index.html" data-num-posts="10"> </div>
        </div>
        </body></html>
        """;

    [Fact]
    public void The_rules_note_over_a_comment_plugin_is_no_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "harbour.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Cargo ships began docking", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_box_of_text_linking_to_no_rules_page_stays()
    {
        var html = Page.Replace("""<p>Orbe News welcomes a lively and useful debate. Please read our <a href="/community_guidelines.html">community guidelines</a> before you comment; what you post may be used under our <a href="/privacy.html">privacy policy</a> and <a href="/terms.html">terms of use</a>.</p>""",
            """<p>The port authority said repairs to the <a href="/2013/harbour-wall/index.html">damaged harbour wall</a> would take until the spring.</p>""");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "harbour.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The port authority said repairs", StringComparison.Ordinal));
    }
}
