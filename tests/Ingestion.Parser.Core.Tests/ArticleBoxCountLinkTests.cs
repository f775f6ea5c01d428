using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticleBoxCountLinkTests
{
    private static ParsedPage Parse(string footer, string rail = "") => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry line adds a night crossing - Harbour Notes</title></head><body>
        <div id="content"><div class="wrapper">
        <div class="article"><h1 class="title">Ferry line adds a night crossing</h1>
        <div class="byline">Tuesday March 12, 2019 9:05 am PST by <a class="author-url" href="/author/ines-varga/">Ines Varga</a></div>
        <div class="content">The harbour ferry line will add a night crossing from May, the operator said on Monday, after a year of requests from shift workers. <br> <br>
        The new crossing leaves the north pier at half past eleven and returns from the island at midnight, and fares stay as they are. <br></div>
        <div class="footer">{{footer}}</div></div>
        <div id="commentsContainer"><div id="comments"><h2>Top Rated Comments</h2> <a href="/forum/threads/4411" class="view_all">(View all)</a>
        <div class="comment first"><div class="comment_content"><div class="username"><a href="/forum/posts/1">harbourfan</a></div>
        <div class="date">3 hours ago at 11:46 am</div><div class="content">Finally, the late shift gets a way home across the water.</div>
        <div class="rating"><strong>Rating:</strong> 12 Votes</div></div></div>
        <div class="comment first"><div class="comment_content"><div class="username"><a href="/forum/posts/2">pierwatcher</a></div>
        <div class="date">2 hours ago at 12:02 pm</div><div class="content">I hope the night boat keeps the bike racks the day boats have.</div>
        <div class="rating"><strong>Rating:</strong> 7 Votes</div></div></div>
        </div></div></div></div>
        <div id="right">{{rail}}</div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_count_link_in_the_storys_box_over_a_selection_of_top_comments_declares_the_count()
    {
        var page = Parse("""<div class="comments">[ <a href="/forum/threads/ferry-night-crossing.4411/">85 comments</a> ]</div>""");

        Assert.Equal(2, page.Comments.Count);
        Assert.Equal(85, page.DeclaredCommentCount);
    }

    [Fact]
    public void Counts_of_other_stories_in_a_rail_declare_nothing()
    {
        var page = Parse("", """
            <div class="side_box"><h2>More Stories</h2><ul><li><h4><a href="/2019/03/11/quay-works/">Quay works start</a></h4>
            <div class="comments"><a href="/forum/threads/quay-works.4400/">12 comments</a></div></li></ul></div>
            """);

        Assert.Equal(2, page.Comments.Count);
        Assert.Null(page.DeclaredCommentCount);
    }

    [Fact]
    public void Two_different_counts_in_the_storys_box_declare_nothing()
    {
        var page = Parse("""<a href="/forum/threads/4411/">85 comments</a> <a href="/forum/threads/4399/">14 comments</a>""");

        Assert.Null(page.DeclaredCommentCount);
    }
}
