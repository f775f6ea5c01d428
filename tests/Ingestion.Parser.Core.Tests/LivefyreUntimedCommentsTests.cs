using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LivefyreUntimedCommentsTests
{
    private static string Item(string name, string text) => $"""
        <article class="fyre-comment-article"><div class="fyre-comment-wrapper">
        <div class="fyre-comment-user"><a class="fyre-comment-author"><img src="/a.jpg" class="fyre-user-avatar" alt="{name}" /></a></div>
        <header class="fyre-comment-head"><a class="fyre-comment-username">{name}</a> <span class="fyre-comment-user-rating" style="display: none;">5pts</span></header>
        <section class="fyre-comment-body"><div class="fyre-comment">{text}</div></section>
        <footer class="fyre-comment-footer"></footer></div>
        <div class="fyre-comment-replies fyre-comment-container fyre-comment-replies-indent"></div></article>
        """;

    private static ParsedPage Parse(string items) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Five harbour moments of the year - Harbour Post</title></head><body>
        <article><h2 class="entry-title">Five harbour moments of the year</h2>
        <div class="entry-meta">By <a href="/author/marta-olsen">Marta Olsen</a></div>
        <div class="entry-content">
        <p>A look back at the year on the waterfront, from the ferry that ran aground to the fish market's long closure.</p>
        <p>The ferry sat on the sandbank for two days while the whole town watched from the pier and the gulls took the bins.</p>
        </div>
        <footer><div id="comments"><div class="fyre fyre-width-large"><div class="fyre-widget">
        <div class="fyre-stream-stats"><div class="fyre-comment-count"><span>2 comments</span></div></div>
        <div class="fyre-auth"><div class="fyre-login-bar"><a href="#" class="fyre-user-loggedout">Sign in</a></div></div>
        <div class="fyre-comment-stream"><div class="fyre-stream-sort"><a class="fyre-stream-sort-newest">Newest</a> | <a class="fyre-stream-sort-oldest">Oldest</a></div>
        <div class="fyre-stream-content">{{items}}</div></div></div></div></div>
        <div id="powered_by_livefyre_new"><a href="http://livefyre.com">Powered by Livefyre</a></div></footer>
        </article></body></html>
        """), "harbour.html");

    [Fact]
    public void Each_untimed_item_is_a_comment_by_its_user_name()
    {
        var page = Parse(Item("gullwatcher", "<p>The ferry on the sandbank was the best show in town all year.</p><p>Bring it back next summer.</p>")
            + Item("QuayCafe", "<p>We served chowder to the crowd on the pier for both days of it.</p>"));
        Assert.Equal(2, page.DeclaredCommentCount);
        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("gullwatcher", page.Comments[0].Author);
        Assert.Equal(["The ferry on the sandbank was the best show in town all year.", "Bring it back next summer."], page.Comments[0].Paragraphs);
        Assert.Equal("QuayCafe", page.Comments[1].Author);
        Assert.Null(page.Comments[1].Parent);
        Assert.Null(page.Comments[1].PostedAt);
        Assert.Empty(page.Warnings);
    }
}
