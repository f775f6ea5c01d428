using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentIconCountTests
{
    private static ParsedPage Parse(string header, string rail = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Pier works to close the north quay</title><meta property="og:site_name" content="Harbour Views"></head><body>
        <main><article class="piece"><header class="article-header"><div class="topic">Harbour</div>
        <h1 class="title">Pier works to close the north quay</h1>
        <div class="date"><time datetime="2016-03-12T09:05:00+00:00">March 12, 2016</time><span> | by <a href="/users/marta-olsen">Marta Olsen</a></span></div>
        {{header}}
        </header>
        <section class="article-content"><div class="body">
        <p>The harbour board said on Monday that the north quay would close for six weeks while the pier works are finished.</p>
        <p>Ferries will use the south pier until the works end, and the board will post the changed times at both gates.</p>
        </div></section>
        <div class="goto-comments"><a href="#comments" class="view-more-comments">Comment</a></div>
        </article></main>
        <aside class="rail">{{rail}}</aside></body></html>
        """), "quay.html");

    [Fact]
    public void A_speech_bubble_badge_with_a_bare_number_under_the_headline_declares_the_count()
    {
        var page = Parse("""
            <div class="engagement"> <span class="likes"><i class="fa fa-thumbs-o-up"></i> 5</span> <span class="comments"><i class="fa fa-comments-o"></i> 3</span> </div>
            """);

        Assert.Equal(3, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_zero_badge_declares_zero()
    {
        var page = Parse("""<div class="engagement"><span class="comments"><i class="fa fa-comments-o"></i> 0</span></div>""");

        Assert.Equal(0, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_like_tally_alone_declares_nothing()
    {
        var page = Parse("""<div class="engagement"><span class="likes"><i class="fa fa-thumbs-o-up"></i> 5</span></div>""");

        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void A_teaser_cards_badge_in_a_rail_declares_nothing()
    {
        var page = Parse("", """
            <article class="teaser"><h3><a href="/harbour/ferry-fares">Ferry fares to rise in May</a></h3>
            <span class="comments"><i class="fa fa-comments-o"></i> 12</span></article>
            """);

        Assert.Null(page.DeclaredCommentCount);
    }
}
