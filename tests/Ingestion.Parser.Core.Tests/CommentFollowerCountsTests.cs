using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFollowerCountsTests
{
    [Fact]
    public void A_fan_count_after_the_author_span_is_no_part_of_the_name()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"comment_author\"><a href=\"/social/b\">BuckeyeBeth</a></span> <span class=\"comment_fan\">112 Fans</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentFollowerCounts.Remove(container);
        Assert.Equal("BuckeyeBeth", Whitespace.Collapse(container.TextContent).Trim());
    }

    [Fact]
    public void A_count_of_something_else_after_the_name_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><span class=\"comment_author\"><a href=\"/social/b\">BuckeyeBeth</a></span> <span class=\"likes\">112 likes</span></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentFollowerCounts.Remove(container);
        Assert.Contains("112 likes", container.TextContent, StringComparison.Ordinal);
    }
}
