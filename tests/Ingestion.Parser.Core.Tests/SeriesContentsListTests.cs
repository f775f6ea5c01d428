using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SeriesContentsListTests
{
    private static ParsedPage Parse(string list) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour ferry, part three - Harbour News</title>
        <link rel="canonical" href="https://news.example/ferry_part3.html"></head>
        <body><div id="story"><h1>The harbour ferry's third week</h1>
        <div id="cmsBody"><div class="inner">
        <p>The new ferry crossed the harbour twelve times a day in its third week, carrying more riders than the council expected.</p>
        {list}
        <p>The mayor said on Tuesday that the fare would stay the same as the bus and that students would ride free.</p>
        </div></div></div></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void A_serials_contents_list_linking_to_the_page_itself_is_no_body()
    {
        var page = Parse("""
            <ul><li><strong>The story so far</strong><br><strong>[Part 1] <a href="https://news.example/ferry_part1.html">The launch</a></strong><br>
            <strong>[Part 2] <a href="https://news.example/ferry_part2.html">The first riders</a></strong><br>
            <strong>[Part 3] <a href="https://news.example/ferry_part3.html">The third week</a> (this article)</strong></li></ul>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_list_linking_elsewhere_stays()
    {
        var page = Parse("""
            <ul><li>Ferry fares stay at two dollars, <a href="https://news.example/fares.html">the council said</a>.</li>
            <li>Students ride free, <a href="https://news.example/students.html">as before</a>.</li></ul>
            """);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Students ride free", StringComparison.Ordinal));
    }
}
