using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"… gehen weiter. (Quelle: SWR)": the outlet a retold story came from, in brackets after its last sentence.</summary>
public class StorySourceInBracketsTests
{
    [Theory]
    [InlineData("Quelle: SWR")]
    [InlineData("Bron: ANP")]
    [InlineData("Fonte: Lusa")]
    public void A_source_label_opening_the_bracket_names_the_storys_source(string credit) => Assert.True(StorySourceInBrackets.Is(credit));

    [Theory]
    [InlineData("Maple News")]
    [InlineData("Source: Viewer photo / Jenna Ruiz")]
    [InlineData("Foto: Jana Weber")]
    public void A_picture_credit_in_brackets_is_none(string credit) => Assert.False(StorySourceInBrackets.Is(credit));

    [Fact]
    public void A_paragraph_closed_by_its_source_in_brackets_is_no_caption()
    {
        Assert.Null(CaptionDetector.TryRead(
            "Wie der Hafenfunk berichtet, war der Kran nicht beschädigt. Vielmehr lag ein Bedienfehler vor. Die Ermittlungen gehen weiter. (Quelle: Hafenfunk)"));
        Assert.NotNull(CaptionDetector.TryRead("Der neue Kran am Westkai bei der Abnahme im Juli. (Jana Weber)"));
    }

    [Fact]
    public void In_a_page_it_stays_the_last_paragraph_of_the_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>Kran am Westkai nicht manipuliert</title></head><body><article><h1>Kran am Westkai nicht manipuliert</h1>"
            + "<p>WESTHAFEN. Wie berichtet, hatte die Polizei Anfang Oktober gemeldet, dass an zwei Kränen am Westkai Manipulationen angezeigt worden waren. Vermutet wurde Sabotage.</p>"
            + "<p>Vorausgegangen war ein Fall am Ostkai, bei dem sich ein Hafenarbeiter nur durch einen Sprung retten konnte, als eine Last ungebremst herabsank.</p>"
            + "<p>Wie der Hafenfunk berichtet, war der Kran nicht beschädigt. Vielmehr lag ein Bedienfehler vor. Die Ermittlungen gehen weiter. (Quelle: Hafenfunk)</p>"
            + "</article></body></html>"), "page.html");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Empty(page.Captions);
    }
}
