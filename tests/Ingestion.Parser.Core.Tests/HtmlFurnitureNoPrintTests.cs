using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlFurnitureNoPrintTests
{
    [Fact]
    public void What_a_site_hides_on_paper_is_furniture()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><td><p>The ferry will drop its late run.</p><p class=noprint><a href='#'>Printer friendly</a> | <a href='/local'>More local news</a></p>"
            + "<div class=noprint><p><b>Marine Forecast</b><br>Tonight: NW winds 10 to 15 kt.</p></div></td></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;
        Assert.Contains("late run", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Printer friendly", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Marine Forecast", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_print_only_class_is_no_furniture()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><p class=printonly>The ferry will drop its late run.</p></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        Assert.Contains("late run", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
