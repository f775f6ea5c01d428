using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The byline row's count beside the headline is declared when the thread under it states none (HtmlPageSplitter).</summary>
public class ThreadShownBylineRowCountTests
{
    [Fact]
    public void The_count_at_the_end_of_the_submission_line_is_declared_over_a_shown_thread()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(TableThreadPageShape.Page(TableThreadPageShape.ThreeRows)), "board.html");
        Assert.Equal(42, page.DeclaredCommentCount);
    }

    [Fact]
    public void A_line_without_a_count_declares_nothing()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(TableThreadPageShape.Page(TableThreadPageShape.ThreeRows,
            "57 points by ferrywatcher <span class=\"age\" title=\"2024-03-02T09:15:00\">1 day ago</span> | hide | past | favorite")), "board.html");
        Assert.Null(page.DeclaredCommentCount);
    }
}
