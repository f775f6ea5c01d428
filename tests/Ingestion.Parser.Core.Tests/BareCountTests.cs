using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareCountTests
{
    private static string Page(string counter) => $$"""
        <html><head><title>Harbour plan shelved - Northgate Daily</title>
        <link rel="canonical" href="http://www.northgate.example/2016/12/22/harbour-plan-shelved/"></head><body>
        <article><header><h1>Harbour plan shelved</h1>
        <p class="byline"><span class="by-author">by <a class="byauthor" href="/author/praman/">Priya Raman</a></span><span class="bydate">22 Dec 2016</span>{{counter}}</p></header>
        <div class="entry-content">
        <p>The port board shelved its plan to dredge the inner harbour channel on Tuesday, citing the cost of the work.</p>
        <p>The fishing fleet had asked for the work for three years, and its spokesman said the decision was a blow to members.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_bare_number_linking_to_the_thread_declares_the_count()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a rel="nofollow" class="bycount" href="http://www.northgate.example/2016/12/22/harbour-plan-shelved/#disqus_thread">1,204</a>""")), "page.html");

        Assert.Equal(1204, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_count_linking_to_the_reply_form_of_an_empty_thread_declares_it()
    {
        var html = Page("""<span class="comments-link"><a href="http://www.northgate.example/2016/12/22/harbour-plan-shelved/#respond">0 Comment</a></span>""")
            .Replace("</article>", """
                </article><div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3>
                <form action="/wp-comments-post.php" method="post" id="commentform"><p><label for="comment">Commentaire</label><textarea id="comment" name="comment"></textarea></p>
                <p><input name="submit" type="submit" value="Laisser un commentaire"></p></form></div></div>
                """, StringComparison.Ordinal);

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(0, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void A_bare_number_linking_to_the_thread_named_in_the_pages_language_declares_the_count()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""| <a href="/2016/12/22/harbour-plan-shelved/#kommentare" title="Zu den Kommentaren" class="icon__comment--after">3</a>""")), "page.html");

        Assert.Equal(3, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_bare_number_linking_to_another_box_in_the_pages_language_counts_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""| <a href="/2016/12/22/harbour-plan-shelved/#bilder" title="Zu den Bildern">3</a>""")), "page.html");

        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_number_linking_to_one_comment_counts_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a href="#comment-4521">3</a>""")), "page.html");

        Assert.Null(page.DeclaredCommentCount);
    }

    [Theory]
    [InlineData("651", 651)]
    [InlineData("1,204", 1204)]
    [InlineData("0", 0)]
    [InlineData("12345678", null)]
    [InlineData("651 comments", null)]
    [InlineData("Comments", null)]
    public void Only_a_number_alone_is_a_bare_count(string text, int? count) => Assert.Equal(count, BareCount.Of(text));

    [Fact]
    public void A_count_linking_to_the_replies_anchor_declares_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a href="#replies" rel="nofollow">Comments (38)</a>""")), "page.html");

        Assert.Equal(38, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_number_linking_to_one_reply_counts_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""<a href="#reply-17">3</a>""")), "page.html");

        Assert.Null(page.DeclaredCommentCount);
    }
}
