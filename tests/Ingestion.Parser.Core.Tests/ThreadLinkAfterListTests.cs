using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadLinkAfterListTests
{
    [Theory]
    [InlineData("<ul class=\"comment-list\"><li>a</li></ul><a href=\"/story?mode=comments\">View all 34 comments</a>", 34)]
    [InlineData("<ul class=\"comment-list\"><li>a</li></ul><p class=\"more\"><a href=\"/story/comments\">See all 1,208 comments</a></p>", 1208)]
    [InlineData("<ul class=\"comment-list\"><li>a</li></ul><a href=\"/story/comments\">Post a comment</a>", null)]
    [InlineData("<ul class=\"comment-list\"><li>a</li></ul><p>Readers left 12 comments on Monday's story about the ferry, most of them angry.</p>", null)]
    public void A_link_to_the_whole_thread_right_under_the_list_declares_its_count(string markup, int? count)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div>" + markup + "</div></body></html>");
        Assert.Equal(count, ThreadLinkAfterList.CountAfter(document.QuerySelector("ul")!));
    }
}
