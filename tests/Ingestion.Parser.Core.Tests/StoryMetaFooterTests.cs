using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A comment-count widget in the meta footer of the story's own article (the one holding the h1) states the page's
/// count; one in a teaser card's footer or in the page's footer does not (StoryMetaFooter, asked by CommentCountButton).
/// </summary>
public class StoryMetaFooterTests
{
    private const string Text = """
        <div class="article-body"><p>The harbour board raised the ferry's fares on Tuesday for the first time in six years, citing the cost of the new engine.</p>
        <p>The board said a single crossing would cost two euros from March, and that season tickets would keep their price until the summer.</p>
        <p>Passengers' groups said the rise was steep but fair, as the old boat had run late most winter mornings before the refit.</p></div>
        """;

    private static ParsedPage Parse(string body) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour board raises ferry fares - Harbour Post</title></head><body>{{body}}</body></html>
        """), "fares.html");

    [Fact]
    public void A_count_in_the_stories_own_meta_footer_is_the_declared_count()
    {
        var page = Parse($$"""
            <article id="post-1"><div class="article-content"><header class="entry-header"><h1>Harbour board raises ferry fares</h1></header>
            <footer class="entry-meta"><p class="post-meta"><span>07.11.23 - 10:11 |</span> <a href="/author/dana-ruiz">Dana Ruiz</a>
            <span class="pull-right"><span class="disqus-comment-count" data-disqus-url="https://example.org/fares">4</span> Kommentare</span></p></footer>
            {{Text}}</div></article>
            <section class="comments"><div id="disqus_thread"></div></section>
            """);

        Assert.Equal(4, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_count_in_a_teaser_cards_footer_declares_nothing()
    {
        var page = Parse($$"""
            <div class="story"><h1>Harbour board raises ferry fares</h1>{{Text}}</div>
            <div class="more"><article class="card"><h2><a href="/other">Ferry engine rebuilt</a></h2>
            <footer class="entry-meta"><span class="disqus-comment-count">12</span> Kommentare</footer></article></div>
            """);

        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_count_in_the_pages_footer_declares_nothing()
    {
        var page = Parse($$"""
            <article><h1>Harbour board raises ferry fares</h1>{{Text}}</article>
            <footer id="footer"><div class="recent"><span class="comment-count">7</span></div></footer>
            """);

        Assert.Null(page.DeclaredCommentCount);
    }
}
