using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ThreadHeaderBoxTests
{
    [Fact]
    public void A_header_box_first_in_the_thread_gives_its_count_and_goes()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div class=\"comments_header\"><h3>Comments <span>(6)</span></h3> <span class=\"pending\">Pending Comments <span>0</span></span> <a href=\"/faq\">View FAQ</a></div>"
            + "<div class=\"entry_comment\">BuckeyeBeth</div></div></body></html>");
        var container = document.GetElementById("c")!;
        Assert.Equal(6, ThreadHeaderBox.Take(container));
        Assert.DoesNotContain("Pending", container.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_comment_is_no_header_box()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id=\"c\"><div class=\"comment\"><h4>Dana</h4><p>Great story, 5 comments from me.</p></div></div></body></html>");
        var container = document.GetElementById("c")!;
        Assert.Null(ThreadHeaderBox.Take(container));
        Assert.Contains("Dana", container.TextContent, StringComparison.Ordinal);
    }
}
