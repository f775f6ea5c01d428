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

    private const string EnglishParagraph = "<p>The harbour board met on Tuesday and heard from the fishing fleet, the ferry company and the council's planning staff.</p>";

    [Fact]
    public void An_intro_box_after_the_lead_picture_opening_in_capitals_is_the_first_paragraph()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"story-body\"><div class=\"article-media\"><img src=\"a.jpg\"><p class=\"caption\">The harbour at dawn.</p></div>"
            + "<div class=\"story-intro\"><p><strong>A LONG-awaited plan to dredge the harbour channel has been shelved. Again.</strong></p></div>"
            + EnglishParagraph + EnglishParagraph + EnglishParagraph + "</div></body></html>");
        Assert.True(TextOpeningLead.Opens(document.QuerySelector("div.story-intro")!));
    }

    [Fact]
    public void An_intro_box_in_sentence_case_is_a_standfirst()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"story-body\"><div class=\"article-media\"><img src=\"a.jpg\"></div>"
            + "<div class=\"story-intro\"><p>A long-awaited plan to dredge the harbour channel has been shelved.</p></div>"
            + EnglishParagraph + EnglishParagraph + EnglishParagraph + "</div></body></html>");
        Assert.False(TextOpeningLead.Opens(document.QuerySelector("div.story-intro")!));
    }

    [Theory]
    [InlineData("A HIGH-powered team has been doing the rounds.", true)]
    [InlineData("THE good thing about the plan is its cost.", true)]
    [InlineData("MALCOLM Fraser was a man of contrasts.", true)]
    [InlineData("A high-powered team has been doing the rounds.", false)]
    [InlineData("BREAKING NEWS FROM THE HARBOUR", false)]
    public void A_capitals_opening_is_its_first_words_in_capitals_and_small_letters_after(string text, bool opens) =>
        Assert.Equal(opens, TextOpeningLead.OpensWithCapitals(text));
}
