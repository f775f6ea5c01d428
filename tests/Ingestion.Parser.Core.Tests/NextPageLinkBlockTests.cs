using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NextPageLinkBlockTests
{
    private static ParsedPage Parse(string tail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Harbour ferry, part one - Harbour News</title>
        <link rel="next" href="https://news.example/ferry_2.html"></head>
        <body><div id="story"><h1>The harbour ferry's first week</h1>
        <div id="cmsBody"><div class="inner">
        <p>The new ferry crossed the harbour twelve times a day in its first week, carrying more riders than the council expected.</p>
        <p>The mayor said on Tuesday that the fare would stay the same as the bus and that students would ride free.</p>
        {tail}
        </div></div></div></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void The_next_page_teaser_and_the_pager_row_are_no_paragraphs()
    {
        var page = Parse("""
            <div id="notice"><a href="https://news.example/ferry_2.html">How did the second week go?</a></div>
            <div class="ctrl"><span id="numb"><strong>1</strong>|<a href="https://news.example/ferry_2.html">2</a></span>
            <span id="next"><a href="https://news.example/ferry_2.html">Next page</a></span></div>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The mayor said", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_paragraph_linking_to_the_next_page_inside_its_sentence_stays()
    {
        var page = Parse("""<p>Riders who missed the launch can read <a href="https://news.example/ferry_2.html">how the second week went</a>, when the timetable changed.</p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
