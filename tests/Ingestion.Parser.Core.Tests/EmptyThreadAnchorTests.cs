using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EmptyThreadAnchorTests
{
    private static string Comment(int id, string name, string time, string text) => $"""
        <div id="comment-{id}" data-comment-id="{id}"><article class="thread-comment-body">
        <footer class="thread-comment-meta"><div class="thread-comment-author"><a href="https://example.org/{id}" class="thread-author-link">{name}</a>
        <span class="thread-divide">·</span> <a href="#comment-{id}" class="thread-comment-link"><time datetime="comment_date">{time}</time></a></div></footer>
        <div class="thread-comment-content"><p>{text}</p></div>
        <ul class="thread-comment-actions"><li class="thread-reply"><a class="comment-reply-link" href="?replytocom={id}#respond">Reply</a></li></ul>
        </article></div>
        """;

    private static ParsedPage Parse(string anchor) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Ferry timetable survey finds most riders want a later last boat</title>
        <meta property="og:site_name" content="Harbour Notes"></head><body>
        <main><article class="post">
        <h1 class="entry-title">Ferry timetable survey finds most riders want a later last boat</h1>
        <div class="entry-byline"><span class="entry-author">Mara Lindqvist</span> <time datetime="2016-06-03T10:12:00-04:00">June 3, 2016</time></div>
        <div class="entry-content">
        <p>The harbour authority published the results of its rider survey on Thursday, and the clearest request was for a later last crossing on weekdays.</p>
        <p>More than four thousand riders answered, most of them commuters who take the morning boat and find the evening timetable too early for their shifts.</p>
        <p>The authority said it would study a trial of one extra crossing at half past ten from the spring, funded from the berth fees it already collects.</p>
        </div></article>
        {anchor}
        <div id="thread-wrap" class="comments-area thread-wrapper">
        <h3 class="comment-count-area">There are <span>2</span> comments</h3>
        <div id="thread-comments">
        {Comment(501, "Ines Holloway", "June 4, 2016 at 8:05 PM", "A later boat would let me stop driving round the bay on the nights I close the shop.")}
        {Comment(502, "Tomas Reyes", "June 4, 2016 at 9:40 PM", "The survey missed the island side, where the first boat is the real problem for school runs.")}
        </div></div>
        </main></body></html>
        """), "post.html");

    [Fact]
    public void An_empty_anchor_over_the_thread_box_is_passed_over()
    {
        var page = Parse("<div id=\"comments\"></div>");

        Assert.Equal(["Ines Holloway", "Tomas Reyes"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(2, page.DeclaredCommentCount);
    }

    [Fact]
    public void Without_the_anchor_the_thread_reads_the_same()
    {
        var page = Parse("");

        Assert.Equal(2, page.Comments.Count);
        Assert.Equal("2016-06-04T20:05:00", page.Comments[0].PostedAt);
    }
}
