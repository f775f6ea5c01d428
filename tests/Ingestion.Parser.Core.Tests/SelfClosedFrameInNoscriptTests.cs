using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SelfClosedFrameInNoscriptTests
{
    private static ParsedPage Parse(string frame) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Ferry timetable changes for the winter</title>
        <meta property="og:site_name" content="Harbour Herald">
        </head><body class="story">{{frame}}<div class="masthead"><a href="/">Harbour Herald</a></div>
        <article>
        <h1>Ferry timetable changes for the winter</h1>
        <p class="byline">By Ottilie Brandvold</p>
        <p>The last crossing of the evening will leave the north pier forty minutes earlier from the first week of November.</p>
        <p>The operator said fewer than a dozen passengers used the late boat on most weekdays during the past two winters.</p>
        </article>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_page_after_a_self_closed_frame_in_a_noscript_is_read()
    {
        var page = Parse("""<noscript><iframe src="https://tags.example/ns.html?id=GTM-Q" height="0" width="0" style="display:none;visibility:hidden" /></noscript>""");

        Assert.Equal("Ferry timetable changes for the winter", page.Title);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The last crossing of the evening", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("The operator said", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_as_the_same_page_as_with_the_frame_closed()
    {
        var selfClosed = Parse("""<noscript><iframe src="https://tags.example/ns.html?id=GTM-Q" height="0" width="0" /></noscript>""");
        var closed = Parse("""<noscript><iframe src="https://tags.example/ns.html?id=GTM-Q" height="0" width="0"></iframe></noscript>""");

        Assert.Equal(closed.Title, selfClosed.Title);
        Assert.Equal(closed.Authors, selfClosed.Authors);
        Assert.Equal(closed.BodyParagraphs, selfClosed.BodyParagraphs);
    }

    [Fact]
    public void A_closed_frame_is_left_as_it_is()
    {
        const string Html = """<p>a</p><noscript><iframe src="x"></iframe></noscript><p>b</p>""";

        Assert.Same(Html, SelfClosedFrameInNoscript.Closed(Html));
    }
}
