using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserBoxLabelTests
{
    [Fact]
    public void A_bold_label_left_alone_in_a_link_box_goes()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id='text'><p>Der Deich wird im Herbst erhöht, sagt die Gemeinde.</p>"
            + "<div class='well align-right'><p><strong>Zum Weiterlesen</strong></p><p><span><a href='/deich'>Vom Deich zum Damm</a></span></p></div>"
            + "<p>Die Arbeiten dauern bis zum Frühjahr.</p></div></body></html>");
        var root = document.GetElementById("text")!;
        HtmlFurniture.RemoveTeaserParagraphs(root);
        var text = root.TextContent;
        Assert.DoesNotContain("Zum Weiterlesen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vom Deich", text, StringComparison.Ordinal);
        Assert.Contains("bis zum Frühjahr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bold_crosshead_beside_text_in_its_section_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id='text'><div><p><strong>Der Plan</strong></p><p><a href='/plan'>Der Plan als PDF</a></p>"
            + "<p>Die Gemeinde legt den Plan im Rathaus aus.</p></div></div></body></html>");
        var root = document.GetElementById("text")!;
        HtmlFurniture.RemoveTeaserParagraphs(root);
        Assert.Contains("Der Plan", root.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_whose_line_is_a_sentence_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div id='text'><p>Der Deich wird im Herbst erhöht, sagt die Gemeinde.</p>"
            + "<div><p><strong>Die Gemeinde zahlt die Hälfte.</strong></p><p><a href='/deich'>Vom Deich zum Damm</a></p></div></div></body></html>");
        var root = document.GetElementById("text")!;
        HtmlFurniture.RemoveTeaserParagraphs(root);
        Assert.Contains("zahlt die Hälfte", root.TextContent, StringComparison.Ordinal);
    }
}
