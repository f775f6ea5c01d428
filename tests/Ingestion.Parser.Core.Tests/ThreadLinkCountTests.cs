using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "See responses (5)" under a post whose thread is on a page of its own: the link's count is the declared count; a rail
/// of teasers each with its own count declares none.
/// </summary>
public class ThreadLinkCountTests
{
    private static string Page(string links) => $"""
        <html><head><title>How to Fold a Paper Crane - Mara Quill - Folds</title><meta property="og:site_name" content="Folds"></head><body>
        <article><h1>How to Fold a Paper Crane</h1>
        <p>Folding paper is a quiet craft that rewards patience and a steady hand, and the crane is the first model most people learn.</p>
        <p>Start with a square sheet and fold it in half along both diagonals, then open it again and turn it over on the table.</p>
        <p>Happy folding.</p></article>
        <div><ul><li><a href="/tag/origami">Origami</a></li></ul>
        <div><p>Written by</p><h2><a href="/@maraquill">Mara Quill</a></h2></div>
        {links}</div>
        <div><h4>Discover</h4><span>Welcome to a place where words matter.</span><a href="/about">About</a><a href="/help">Help</a></div>
        </body></html>
        """;

    [Theory]
    [InlineData("See responses (5)")]
    [InlineData("View comments (5)")]
    public void A_link_to_the_thread_with_its_count_declares_it(string link)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page($"""<div><a href="/p/1/responses/show"><div><span>{link}</span></div></a></div>""")), "post.html");

        Assert.Equal(5, page.DeclaredCommentCount);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void Teaser_links_with_their_own_counts_declare_nothing()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("""
            <div><a href="/p/2/responses/show">See responses (12)</a></div>
            <div><a href="/p/3/responses/show">See responses (3)</a></div>
            """)), "post.html");

        Assert.Null(page.DeclaredCommentCount);
    }
}
