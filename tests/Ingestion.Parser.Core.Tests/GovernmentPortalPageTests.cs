using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A government portal's page in the Government Site Builder's shape: the authority's name in an h1 for screen readers
/// only (class "aural"), the section's h1, then the headline's h1 with its kicker span, and the lead picture's credit
/// glued to the last paragraph's full stop (<see cref="DocumentTitleHeading"/>, <see cref="GluedPhotoCreditAtTextEnd"/>).
/// </summary>
public class GovernmentPortalPageTests
{
    private const string Html = """
        <html lang="de"><head><title>AMT  |  Schutz für Mieter</title></head><body>
        <h1 class="aural">Bundesamt für Wohnen und Bauen</h1>
        <ul class="navSkip"><li><a href="#content">Inhalt</a></li></ul>
        <div id="navBreadcrumbsVertical"><h1>Bürgerportal</h1></div>
        <div id="main"><div id="content">
        <h1 class="isFirstInSlot"><span class="category"><span class="aural">Thema </span>Wohnen
          </span>Mehr Schutz für Mieter</h1>
        <div class="subheadline"><p>Ob Miete, Nebenkosten oder Kaution: hier erfahren Sie, welche Regeln gelten.</p></div>
        <p class="left">Wer eine Wohnung mietet, schließt einen Vertrag, der beiden Seiten Rechte und Pflichten gibt und nur in engen Grenzen geändert werden darf.</p>
        <p class="left">Bei Fragen zum Mietvertrag helfen die Mietervereine in allen Bundesländern, die Beratung und Musterbriefe anbieten.</p>
        <h2 class="left">Nebenkosten</h2>
        <p class="left">Die Abrechnung muss einmal im Jahr vorliegen und jede Position so aufführen, dass sie sich nachvollziehen lässt. Fehlt eine Angabe, kann der Mieter die Belege einsehen und die Zahlung so lange zurückhalten. Vor einer Klage sollten sich Mieter beraten lassen, zum Beispiel beim örtlichen Mieterverein.Foto: bildarchiv.example</p>
        </div></div>
        <div id="footer"><p>&#169; 2019 Bundesamt für Wohnen und Bauen</p></div>
        </body></html>
        """;

    private static ParsedPage Page() => PageParser.Parse(Encoding.UTF8.GetBytes(Html), "page.html");

    [Fact]
    public void The_h1_holding_the_document_titles_words_is_the_headline_without_its_kicker() =>
        Assert.Equal("Mehr Schutz für Mieter", Page().Title);

    [Fact]
    public void The_credit_glued_to_the_last_full_stop_is_a_caption()
    {
        var page = Page();

        Assert.Equal(["Foto: bildarchiv.example"], page.Captions);
        Assert.EndsWith("beim örtlichen Mieterverein.", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_screen_reader_heading_is_no_text()
    {
        var page = Page();

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Bundesamt für Wohnen", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Thema", StringComparison.Ordinal));
    }

    [Fact]
    public void The_words_before_the_credit_keep_their_space_after_an_inline_element()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div id=\"root\"><p>Erster Absatz über die Miete.</p><p>Es gilt <abbr title=\"Bürgerliches Gesetzbuch\">BGB</abbr> Paragraf 535 für alle Verträge.Foto: Archiv</p></div>");
        var root = document.GetElementById("root")!;

        Assert.Equal("Foto: Archiv", GluedPhotoCreditAtTextEnd.Take(root));
        Assert.Equal("Es gilt BGB Paragraf 535 für alle Verträge.", root.LastElementChild!.TextContent);
    }

    [Theory]
    [InlineData("Die Abrechnung liegt vor.Foto: Archiv", "Die Abrechnung liegt vor.", "Foto: Archiv")]
    [InlineData("Die Abrechnung liegt vor.Bild: Hanna Winter", "Die Abrechnung liegt vor.", "Bild: Hanna Winter")]
    public void A_glued_credit_splits_off_the_last_paragraph(string last, string left, string credit)
    {
        var (body, found) = GluedPhotoCreditAtTextEnd.Split(["Erster Absatz.", last]);

        Assert.Equal(["Erster Absatz.", left], body);
        Assert.Equal(credit, found);
    }

    [Theory]
    [InlineData("Die Abrechnung liegt vor. Foto: Archiv")]
    [InlineData("Die Abrechnung liegt vor.Foto: Das Bild zeigt den Hof, auf dem die Mieter sich jeden Sommer treffen.")]
    public void A_spaced_label_or_a_sentence_after_it_stays(string last) =>
        Assert.Null(GluedPhotoCreditAtTextEnd.Split(["Erster Absatz.", last]).Credit);
}
