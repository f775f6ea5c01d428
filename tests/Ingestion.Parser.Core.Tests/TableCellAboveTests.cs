using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TableCellAboveTests
{
    [Fact]
    public void A_cell_alone_in_its_row_has_the_cell_of_the_row_above_over_it()
    {
        using var document = new HtmlParser().ParseDocument("<table><tr><td id=a><img src=x.jpg></td></tr><tr><td id=b>Credit</td></tr></table>");
        Assert.Equal("a", TableCellAbove.Of(document.GetElementById("b")!)?.Id);
    }

    [Fact]
    public void A_cell_beside_others_has_none_over_it()
    {
        using var document = new HtmlParser().ParseDocument("<table><tr><td id=a>1</td></tr><tr><td>x</td><td id=b>2</td></tr></table>");
        var cell = document.GetElementById("b")!;
        Assert.Equal("x", TableCellAbove.Of(cell)?.TextContent);
        Assert.Null(TableCellAbove.Of(cell.PreviousElementSibling!));
    }

    [Fact]
    public void A_photo_tables_credit_row_over_its_caption_row_is_an_entry_before_the_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><table align=right><tr><td><img src=a.jpg alt=\"\"></td></tr><tr><td class=photoCredit>Courier file photo</td></tr>"
            + "<tr><td class=photoCaption>The jail on Harbor Road.</td></tr></table><p>Text.</p></body></html>");
        Assert.Equal(["Courier file photo", "The jail on Harbor Road."], HtmlCaptions.Read(document));
    }
}
