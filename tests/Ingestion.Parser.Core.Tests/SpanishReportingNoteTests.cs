using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpanishReportingNoteTests
{
    [Fact]
    public void A_closing_credit_for_the_reporters_is_no_paragraph()
    {
        var page = DiarioStoryPage.Parse();

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Con información", StringComparison.Ordinal));
        Assert.StartsWith("Las asociaciones de navegantes anunciaron", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_going_on_after_the_opening_stays()
    {
        // Control: not a list of names.
        var page = DiarioStoryPage.Parse(credit: "Con información de la capitanía, el puerto calcula que la subida afectará a unos cuatrocientos barcos.");

        Assert.StartsWith("Con información de la capitanía", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }
}
