using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FloatedPullOutTests
{
    [Fact]
    public void A_one_line_summary_floated_between_paragraphs_is_no_paragraph()
    {
        var page = DiarioStoryPage.Parse();

        Assert.DoesNotContain(DiarioStoryPage.FirstPullOut, page.BodyParagraphs);
        Assert.StartsWith("El consejo del puerto aprobó", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("La recaudación servirá", page.BodyParagraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_line_in_a_box_classed_for_no_side_stays()
    {
        // Control: a box that names no side is no floated pull-out.
        var page = DiarioStoryPage.Parse(pullOutClass: "bloque");

        Assert.Contains(DiarioStoryPage.FirstPullOut, page.BodyParagraphs);
    }

    [Fact]
    public void A_sentence_ending_in_a_full_stop_in_a_floated_box_stays()
    {
        // Control: a full sentence is text, wherever the template floats it.
        var page = DiarioStoryPage.Parse(pullOut: "El puerto cobrará un seis por ciento más por cada amarre.");

        Assert.Contains("El puerto cobrará un seis por ciento más por cada amarre.", page.BodyParagraphs);
    }
}
