using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareAgePermalinkTests
{
    private static ParsedPage Parse(string age) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="en"><head><title>A new ferry timetable for the lake towns – Harbour Notes</title></head><body>
        <article class="article article-single"><header><h2 class="article-title">A new ferry timetable for the lake towns</h2>
        <p class="meta">By <a href="/author/pia-lund/" rel="author">Pia Lund</a><br />March 3rd, 2021</p></header>
        <div class="article-entry"><p>The ferry company has published a timetable that adds an early crossing on weekdays and a late one on Fridays, after two years of requests from the towns on the north shore.</p>
        <p>Commuters had asked for the early boat since the bridge closed for repairs. The company says the new crossings will run until the end of the season at least.</p></div>
        <footer><div class="comments" id="comments"><div class="comments-head"><h3><span>2 Comments on</span> A new ferry timetable for the lake towns</h3></div>
        <div class="commentList">
        <div class="comment depth-1" id="li-comment-11"><div id="comment-11" class="entry">
        <p><a href="https://example.org/~odd" rel="external nofollow" class="url">Oskar Brandt</a> <a class="comment-link" href="/2021/03/03/ferry/#comment-11">{age}</a></p>
        <p>Finally an early boat. I will leave the car at home again.</p></div></div>
        <div class="comment depth-1" id="li-comment-12"><div id="comment-12" class="entry">
        <p>tilde_w <a class="comment-link" href="/2021/03/03/ferry/#comment-12">{age}</a></p>
        <p>Friday evenings were the worst. Thanks for pushing this through.</p></div></div>
        </div><p class="nocomments">Comments are closed.</p></div></footer></article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_comment_permalink_labelled_with_a_bare_age_is_read_as_the_comments_age()
    {
        var page = Parse("2 years");

        Assert.Equal(["Oskar Brandt", "tilde_w"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Friday evenings were the worst. Thanks for pushing this through."], page.Comments[1].Paragraphs);
        Assert.Empty(page.Warnings);
    }

    [Fact]
    public void An_age_with_its_marker_beside_the_link_is_left_alone()
    {
        Assert.Equal("3 days", LinkAfterMarking("<p>Name <a href=\"#comment-4\">3 days</a> ago</p>"));
        Assert.Equal("3 Tagen", LinkAfterMarking("<p>Name vor <a href=\"#comment-4\">3 Tagen</a></p>"));
    }

    [Fact]
    public void A_comment_link_that_counts_something_else_or_leads_elsewhere_is_left_alone()
    {
        Assert.Equal("2 comments", LinkAfterMarking("<p>Name <a href=\"#comments-4\">2 comments</a></p>"));
        Assert.Equal("2 years", LinkAfterMarking("<p>Name <a href=\"/profile/4\">2 years</a></p>"));
    }

    [Fact]
    public void A_bare_age_on_a_comment_link_gets_its_marker()
    {
        Assert.Equal("an hour ago", LinkAfterMarking("<p>Name <a href=\"#comment-4\">an hour</a></p>"));
    }

    private static string LinkAfterMarking(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<div id=\"comments\">{markup}</div>");
        var container = document.GetElementById("comments")!;
        BareAgePermalink.Mark(container);
        return container.QuerySelector("a")!.TextContent;
    }
}
