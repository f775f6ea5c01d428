using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextOpeningLeadTests
{
    private const string Paragraph = "<p>Volgens de minister voldoet ruim 700 kilometer aan dijken niet aan de nieuwe veiligheidsnormen die vanaf 2017 gelden.</p>";

    [Fact]
    public void A_bold_intro_opening_the_texts_run_of_paragraphs_is_the_first_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"tekst\"><p class=\"intro\"><strong>Het kabinet maakt 300 miljoen vrij.</strong></p>" + Paragraph + Paragraph + Paragraph + "</div></body></html>");
        Assert.True(TextOpeningLead.Opens(document.QuerySelector("p.intro")!));
    }

    [Fact]
    public void An_intro_under_the_headline_is_a_standfirst()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"article\"><h2>Reedereien drohen mit Abzug</h2><p class=\"intro\">Die großen Reedereien verlieren die Geduld.</p>" + Paragraph + Paragraph + Paragraph + "</div></body></html>");
        Assert.False(TextOpeningLead.Opens(document.QuerySelector("p.intro")!));
    }

    [Fact]
    public void Short_lines_indented_by_the_template_are_no_run_of_paragraphs()
    {
        // "<p>\n        Publié le 24/09/2013 à 17:42\n      </p>": the indentation is no text a reader sees.
        var shortLine = "<p>\n" + new string(' ', 60) + "Publié le 24/09/2013 à 17:42 | Mis à jour le 24/09/2013 à 19:03\n" + new string(' ', 40) + "</p>";
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"article\"><p class=\"chapo\">Plus de 40 000 demandes restent sans réponse.</p>" + shortLine + shortLine + shortLine + "</div></body></html>");
        Assert.False(TextOpeningLead.Opens(document.QuerySelector("p.chapo")!));
    }
}
