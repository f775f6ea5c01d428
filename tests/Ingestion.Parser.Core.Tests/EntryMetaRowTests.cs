using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EntryMetaRowTests
{
    private static ParsedPage Parse(string underText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Ferry to start in spring | Harbour Notes</title></head><body>
        <article><h1>Ferry to start in spring</h1>
        <div class="post-bodycopy">
        <p>The ferry company confirmed on Monday that the new boat will start its crossings in the spring, twelve a day.</p>
        <p>The mayor told the council that fares will match the bus fares, and that pupils will travel for free.</p>
        </div>
        {{underText}}
        </article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_row_of_the_entrys_time_writer_and_term_links_under_the_text_is_no_paragraph()
    {
        var page = Parse("""
            <div class="cattag">
            <span><i class="mark-time"></i><time datetime="2019-04-21T11:51:39+09:00">2019.04.21 11:51</time></span>
            <span><a href="/archives/author/harbour" rel="author">Harbour Notes Desk</a></span>
            <span><i class="mark-cat"></i> <a href="/cat/life" rel="category tag">Town life</a></span>
            <span><i class="mark-tags"></i> <a href="/archives/tag/ferry" rel="tag">Ferry</a> <a href="/archives/tag/fares" rel="tag">Fares</a></span>
            </div>
            """);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Ferry", "Fares"], page.Tags);
    }

    [Fact]
    public void A_row_with_words_of_its_own_is_not_read_as_one()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="row">The ferry will carry <a rel="tag" href="/tag/pupils">pupils</a> for free from <time datetime="2019-05-01">May 1</time>.</div>
            """);
        Assert.False(EntryMetaRow.IsMetaRow(document.GetElementById("row")!));
    }
}
