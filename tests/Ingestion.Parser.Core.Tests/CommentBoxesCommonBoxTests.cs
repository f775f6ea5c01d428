using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentBoxesCommonBoxTests
{
    [Fact]
    public void Every_comment_row_of_a_table_laid_thread_is_read()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(TableThreadPageShape.Page(TableThreadPageShape.ThreeRows)), "board.html");
        Assert.Equal(["tidewater_tom", "pier_nine", "gull_counter"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2024-03-02T12:45:00", page.Comments[2].PostedAt);
    }

    [Fact]
    public void One_comment_box_is_its_own_parent_as_before()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body><div id=\"a\"><div class=\"comment\">One only</div></div></body></html>");
        Assert.Equal("a", CommentBoxesCommonBox.Of(document)?.Id);
    }

    [Fact]
    public void Comment_boxes_spread_over_the_page_body_keep_the_first_ones_parent()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><div id=\"a\"><div class=\"comment\">One</div></div><div id=\"b\"><div class=\"comment\">Two</div></div></body></html>");
        Assert.Equal("a", CommentBoxesCommonBox.Of(document)?.Id);
    }
}
