using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentSubjectHeadingsTests
{
    [Fact]
    public void A_comments_rdfa_title_is_no_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div class=\"comment\"><span>Merle V.</span><h3 property=\"dc:title\"><a href=\"/comment/1#comment-1\" class=\"permalink\">About time</a></h3><p>About time. That bridge shakes.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.DoesNotContain("About timeAbout", container.TextContent, StringComparison.Ordinal);
        Assert.Contains("About time. That bridge shakes.", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_outside_a_comment_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><h3 property=\"dc:title\">Comments</h3><div class=\"comment\"><p>Text.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        CommentSubjectHeadings.Remove(container);
        Assert.Contains("Comments", container.TextContent, StringComparison.Ordinal);
    }
}
