using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "&lt;a href="…/story/?comments=1"&gt;&lt;h4&gt;reader comments&lt;/h4&gt;&lt;span&gt;132&lt;/span&gt;&lt;span
/// class="visually-hidden"&gt; with 73 posters participating&lt;/span&gt;&lt;/a&gt;": the story's own address asked for its
/// comments by a query is its thread; the link's shown words declare the count.
/// </summary>
public class CommentsQueryCountLinkTests
{
    private const string Story = "https://harbourpost.example/local/2016/08/ferry-returns-after-storm/";

    private static ParsedPage Parse(string links) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry returns after storm | Harbour Post</title>
        <link rel="canonical" href="{{Story}}">
        </head><body>
        <header><a href="/">Harbour Post</a></header>
        <article><header><h1>Ferry returns after storm</h1>
        <p class="byline">By <a href="/author/dana" rel="author">Dana Whitcomb</a> - <time datetime="2016-08-10T11:15:53+00:00">Aug 10, 2016 11:15 am UTC</time></p></header>
        <div class="article-content">
        <aside class="social-left">{{links}}</aside>
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div>
        <section id="comments-area"><div id="comments-container"></div>
        <p id="reply">You must <a href="/login">login or create an account</a> to comment.</p></section>
        </article>
        <footer><p>© 2016 Harbour Post. All rights reserved.</p></footer></body></html>
        """), "ferry.html");

    private static string CountLink(string address, int count) => $"""
        <a title="73 posters participating" class="comment-count" href="{address}?comments=1">
        <h4 class="comment-count-before">reader comments</h4>
        <span class="comment-count-number">{count}</span>
        <span class="visually-hidden"> with 73 posters participating</span></a>
        """;

    [Fact]
    public void A_count_link_to_the_storys_own_comments_query_declares_the_count()
    {
        var page = Parse(CountLink(Story, 132) + CountLink(Story, 132));
        Assert.Equal(132, page.DeclaredCommentCount);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_count_link_to_another_storys_comments_declares_nothing() =>
        Assert.Null(Parse(CountLink("https://harbourpost.example/local/2016/08/bridge-closed/", 45)).DeclaredCommentCount);

    [Fact]
    public void Links_giving_different_counts_declare_nothing() =>
        Assert.Null(Parse(CountLink(Story, 132) + CountLink(Story, 17)).DeclaredCommentCount);

    [Fact]
    public void A_query_that_asks_for_no_comments_declares_nothing() =>
        Assert.Null(Parse($"""<a href="{Story}?page=2"><h4>reader comments</h4> <span>132</span></a>""").DeclaredCommentCount);
}
