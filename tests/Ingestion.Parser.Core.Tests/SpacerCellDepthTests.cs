using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacerCellDepthTests
{
    [Fact]
    public void A_wider_spacer_cell_makes_the_row_a_reply_to_the_row_above()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(TableThreadPageShape.Page(TableThreadPageShape.ThreeRows)), "board.html");
        Assert.Equal(3, page.Comments.Count);
        Assert.Null(page.Comments[0].Parent);
        Assert.Equal(1, page.Comments[1].Parent);
        Assert.Null(page.Comments[2].Parent);
    }

    [Fact]
    public void Spacers_of_one_width_give_no_depth()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<table id=\"t\"><tr><td><img src=\"s.gif\" width=\"10\"></td><td>One</td></tr><tr><td><img src=\"s.gif\" width=\"10\"></td><td>Two</td></tr></table>");
        var table = document.GetElementById("t")!;
        SpacerCellDepth.Mark(table);
        Assert.Empty(table.QuerySelectorAll("[data-depth]"));
    }

    [Fact]
    public void A_cell_with_text_beside_its_picture_is_no_spacer()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<table id=\"t\"><tr><td><img src=\"a.gif\" width=\"10\"> Ferry</td><td>One</td></tr><tr><td><img src=\"b.gif\" width=\"40\"> Pier</td><td>Two</td></tr></table>");
        var table = document.GetElementById("t")!;
        SpacerCellDepth.Mark(table);
        Assert.Empty(table.QuerySelectorAll("[data-depth]"));
    }
}
