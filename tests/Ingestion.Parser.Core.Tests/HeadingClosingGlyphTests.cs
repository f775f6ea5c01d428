using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingClosingGlyphTests
{
    private const string Page = """
        <html><head><title>Harbour Tales &#xBB; THE FERRY 4-12</title></head><body>
        <div id="header"><h1><a href="/">Harbour Tales</a></h1></div>
        <div id="content"><div class="post-content"><h2 class="post-title">THE FERRY 4-12</h2>
        <div class="entry"><p>The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes.</p></div></div>
        <div id="comment-wrapper">
        <h3 id="comments">Discussion (3) &#xAC;</h3>
        <ol class="commentlist">
        <li id="comment-1" class="comment depth-1"><div class="comment-content"><div class="comment-author vcard"><cite>Mirela Tosk</cite></div>
        <div class="comment-meta-data"><span class="comment-time">May 8, 2020, 10:31 pm</span></div>
        <div class="comment-text"><p>The harbour master is up to something, I am sure of it.</p></div></div></li>
        <li id="comment-2" class="comment depth-1"><div class="comment-content"><div class="comment-author vcard"><cite>Oren Vale</cite></div>
        <div class="comment-meta-data"><span class="comment-time">May 9, 2020, 4:12 am</span></div>
        <div class="comment-text"><p>Counting crates twice is just good sense on a ferry.</p></div></div></li>
        <li id="comment-3" class="comment depth-1"><div class="comment-content"><div class="comment-author vcard"><cite>Tamsin Reed</cite></div>
        <div class="comment-meta-data"><span class="comment-time">May 9, 2020, 9:04 pm</span></div>
        <div class="comment-text"><p>Dawn crossings are the best ones anyway.</p></div></div></li>
        </ol>
        <div id="respond"><h3 id="reply-title">Comment &#xAC;</h3></div>
        </div></div></body></html>
        """;

    [Fact]
    public void A_count_heading_closed_by_a_not_sign_declares_its_count()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(3, page.DeclaredCommentCount);
        Assert.Equal(["Mirela Tosk", "Oren Vale", "Tamsin Reed"], page.Comments.Select(c => c.Author));
    }

    [Fact]
    public void The_forms_heading_closed_by_a_not_sign_is_no_text_of_the_last_comment()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["Dawn crossings are the best ones anyway."], page.Comments[^1].Paragraphs);
    }
}
