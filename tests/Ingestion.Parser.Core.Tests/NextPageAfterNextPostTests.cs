using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>NextPageLinkBlock's widening: a head that names the blog's next post before the story's own second page.</summary>
public class NextPageAfterNextPostTests
{
    private static ParsedPage Parse(string tail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>The Ferry Nobody Asked For | Harbour Daily</title>
        <link rel='next' title='Why The Bridge Can Wait' href='https://harbour.example/2014/12/31/why-the-bridge-can-wait/' />
        <link rel='next' href='https://harbour.example/2014/12/25/the-ferry-nobody-asked-for/2/' /></head>
        <body><main><div class="post"><h1>The Ferry Nobody Asked For</h1>
        <div class="post article-content" id="thepost">
        <p>The new ferry crossed the harbour twelve times a day in its first week, carrying fewer riders than the council promised.</p>
        <p>The mayor said on Tuesday that the fare would stay the same as the bus and that students would ride free.</p>
        {tail}
        </div></div></main></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void The_pager_to_the_second_page_is_no_paragraph()
    {
        var page = Parse("""
            <div id="pagination" class="row"><div class="readmore"><a href="https://harbour.example/2014/12/25/the-ferry-nobody-asked-for/2/">Next Page</a></div><div class="nextpage"><a href="https://harbour.example/2014/12/25/the-ferry-nobody-asked-for/2/">Continued on Next Page >></a></div><div class="pages"> <div class="page">1</div> <a href="https://harbour.example/2014/12/25/the-ferry-nobody-asked-for/2/"><div class="page">2</div></a></div></div>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("The mayor said", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_paragraph_linking_to_the_second_page_inside_its_sentence_stays()
    {
        var page = Parse("""<p>Riders who missed the launch can read <a href="https://harbour.example/2014/12/25/the-ferry-nobody-asked-for/2/">how the second week went</a>, when the timetable changed.</p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
