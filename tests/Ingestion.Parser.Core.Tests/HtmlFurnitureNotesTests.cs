using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HtmlFurnitureNotesTests
{
    private const string Page =
        "<html><body><article><div class=\"body\"><p>Records obtained by the newsroom.<sup class=\"footnote-ref\"><a href=\"#fn1\">1</a></sup></p>"
        + "<div class=\"donate-box\"><h3>Like this story?</h3><p>Your gift helps us keep reporting.</p></div>"
        + "<div class=\"footnotes\"><h3>Notes</h3><ol><li>The files were obtained under the public records law.</li></ol></div></div></article></body></html>";

    [Fact]
    public void A_long_reads_notes_and_appeal_box_are_furniture()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;
        Assert.DoesNotContain("public records law", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your gift", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footnote_marks_in_the_text_stay()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        HtmlFurniture.RemoveNoise(document, []);
        Assert.Contains("Records obtained by the newsroom.1", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
