using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleOwnAsideTests
{
    private const string Story = """
        <header><h1>Covered market reopens after two years of repairs</h1><p class="date"><time datetime="2015-04-10T09:00:00Z">10 April 2015</time></p></header>
        <div class="text"><p>The covered market on Quay Street reopened on Friday after two years of repairs to its iron roof, with thirty stalls back under the glass.</p>
        <p>Traders said the first morning was busier than any Saturday before the closure, and the cheese sellers ran out before noon.</p></div>
        """;

    private const string Thread = """
        <div class="comments"><h2>Comments (2)</h2><ol class="commentlist">
        <li class="comment"><div class="comment-author"><cite>Miriam Holt</cite> says:</div><div class="comment-meta"><a href="#c1">April 10, 2015 at 11:02 am</a></div><p>Good to have the fish stalls back at last.</p></li>
        <li class="comment"><div class="comment-author"><cite>Owen Price</cite> says:</div><div class="comment-meta"><a href="#c2">April 10, 2015 at 1:45 pm</a></div><p>The new roof lets in far more light.</p></li>
        </ol></div>
        """;

    private static ParsedPage Parse(string body) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Covered market reopens after two years of repairs | Harbour Radio</title></head><body>
        {body}
        </body></html>
        """), "market.html");

    [Fact]
    public void A_thread_in_the_headlined_articles_own_aside_is_the_pages_thread()
    {
        var page = Parse($"<div id=\"content\"><article>{Story}<footer><p>Tags: markets</p></footer><aside>{Thread}</aside></article></div>");

        Assert.Equal(["Miriam Holt", "Owen Price"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.DeclaredCommentCount);
    }

    [Theory]
    [InlineData("<div><article><h3>Other story</h3><aside id=\"x\"></aside></article></div>")]
    [InlineData("<div><article><h1>Headline</h1></article><aside id=\"x\"></aside></div>")]
    public void An_aside_of_a_card_or_of_the_page_is_no_articles_own(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(markup);

        Assert.False(ArticleOwnAside.Is(document.GetElementById("x")!));
    }
}
