using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary><c>lynx -dump</c> prints headings at the margin and every other block three spaces in.</summary>
public class LynxMarginHeadingTests
{
    private const string Text =
        "   A corner shop in Hartley Cross has been broken into twice in five days, with thieves taking more than £3,000 worth of cigarettes and tobacco.\n\n"
        + "   Raj Bhatti, who has run Bhatti's Stores in Market Street for 17 years, said the raiders smashed the glass in the back door in the early hours of Saturday.\n";

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page_lynx.txt");

    [Fact]
    public void The_heading_at_the_margin_over_the_byline_is_the_title_not_the_caption_and_its_alt_text_under_the_byline()
    {
        var page = Parse(
            "   Home > News\n\n"
            + "Corner shop raided twice in a week as thieves target cigarettes\n\n"
            + "   7:02am Thursday 26th September 2013 in News\n\n"
            + "   By Ed Carrow, Crime reporter\n"
            + "   Comments (5) Print Email Share Tweet\n"
            + "   Raj Bhatti outside his shop in Market Street, Hartley Cross, which has been broken into twice\n\n"
            + "   Raj Bhatti outside his shop in Market Street, Hartley Cross, which has been broken into twice\n\n"
            + Text);

        Assert.Equal("Corner shop raided twice in a week as thieves target cigarettes", page.Title);
        Assert.Equal(["Ed Carrow"], page.Authors);
        Assert.StartsWith("A corner shop", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_at_the_margin_under_the_headline_gives_way_to_the_headline()
    {
        // The caption under the byline is found first; the margin line over the byline is the deck, whose h2 lynx prints
        // at the margin as it does the headline's h1.
        var page = Parse(
            "   Pubblicità\n"
            + "   Home / Cronaca / Notizie\n"
            + "\n"
            + "   Il caso\n"
            + "\n"
            + "Trasporti, mancano 300 autisti di autobus: corse tagliate in 12 città\n"
            + "\n"
            + "Le aziende denunciano turni scoperti a una settimana dalla riapertura delle scuole. Il sindacato: assunzioni entro novembre\n"
            + "\n"
            + "   di Paolo Bianchi 12 settembre 2013 | 09:15\n"
            + "   Commenti (0) Condividi Twitta Stampa Invia per email A A\n"
            + "\n"
            + "   Passeggeri in attesa alla fermata di piazza Garibaldi a Torino (Ansa)\n"
            + "\n"
            + "   A una settimana dalla riapertura delle scuole, in molte città italiane mancano ancora gli autisti per coprire tutte le corse. Secondo i dati raccolti dalle aziende di trasporto, sono almeno 300 i posti scoperti.\n"
            + "\n"
            + "   «Aspetto l'autobus da quaranta minuti, ogni mattina arrivo tardi al lavoro», racconta Giulia Ferri, impiegata di Torino. «Nessuno ci avvisa quando una corsa salta.»\n");

        Assert.Equal("Trasporti, mancano 300 autisti di autobus: corse tagliate in 12 città", page.Title);
    }

    [Fact]
    public void A_heading_at_the_margin_under_an_indented_masthead_is_no_deck_of_the_masthead()
    {
        var page = Parse(
            "   The Pemberton Post TRAVEL\n\n"
            + "Airline Fees Hit Record As Carriers Charge For Seats, Snacks And Carry-Ons\n\n"
            + "   Posted: 03/13/2012 6:42 pm Updated: 03/13/2012 9:15 pm\n"
            + "   Share 1,204 Tweet 388 Email 1,482 Comments\n\n"
            + Text);

        Assert.Equal("Airline Fees Hit Record As Carriers Charge For Seats, Snacks And Carry-Ons", page.Title);
    }

    [Fact]
    public void An_indented_deck_right_under_the_heading_and_over_the_byline_gives_way_to_the_heading()
    {
        var page = Parse(
            "     * News\n"
            + "     * Crime\n\n"
            + "Corner shop raided twice in a week as thieves target cigarettes\n\n"
            + "   \"We just want to feel safe in our own shop.\"\n\n"
            + "   By Ed Carrow on September 26, 2013 07:02 am\n\n"
            + Text);

        Assert.Equal("Corner shop raided twice in a week as thieves target cigarettes", page.Title);
        Assert.Equal(["Ed Carrow"], page.Authors);
    }

    [Fact]
    public void Without_a_byline_or_date_between_them_the_margin_line_is_left()
    {
        var lines = new PageLines([
            new TextLine(0, "Most Popular Stories From Around the Region This Week"),
            new TextLine(3, "Corner shop raided twice in a week as thieves target cigarettes"),
            new TextLine(3, "A corner shop in Hartley Cross has been broken into twice in five days, with thieves taking more.")]);

        Assert.Equal(-1, LynxMarginHeading.Over(lines, 1, 2, _ => true));
    }

    [Fact]
    public void A_page_whose_text_starts_at_the_margin_is_no_lynx_dump()
    {
        var lines = new PageLines([
            new TextLine(0, "Corner shop raided twice in a week as thieves target cigarettes"),
            new TextLine(0, "By Ed Carrow"),
            new TextLine(3, "Raj Bhatti outside his shop in Market Street"),
            new TextLine(0, "A corner shop in Hartley Cross has been broken into twice in five days, with thieves taking more.")]);

        Assert.Equal(-1, LynxMarginHeading.Over(lines, 2, 3, _ => true));
    }

    private const string MagazineMenu =
        "   Mein Blatt\n     * Menü\n     * Politik\n     * Wirtschaft\n     * Kultur\n\n   Abbrechen\n\n   Suchen\n\n";

    private const string MagazineText =
        "   Die Stadtwerke haben am Montag die Preise für Fernwärme um ein Fünftel erhöht, wie eine Sprecherin des Unternehmens mitteilte.\n\n"
        + "   Im Herbst hatte der Aufsichtsrat die Erhöhung noch abgelehnt, weil die Kunden erst im Frühjahr mehr zahlen mussten als im Jahr davor.\n";

    [Fact]
    public void A_heading_too_short_for_a_headline_at_the_margin_over_the_text_is_the_title_not_the_menus_first_line()
    {
        var page = Parse(MagazineMenu + "   22.12.2018\n\nEin Albtraum\n\n" + MagazineText);

        Assert.Equal("Ein Albtraum", page.Title);
        Assert.StartsWith("Die Stadtwerke", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_margin_line_far_above_the_text_heads_nothing()
    {
        var lines = new PageLines(TextLine.Split(MagazineMenu.Replace("   Mein Blatt", "Mein Blatt", StringComparison.Ordinal)
            + "   Kommentar\n\n   Wirtschaft\n\n   Fernwärme\n\n   Preise\n\n   Stadtwerke\n\n   Kunden\n\n   22.12.2018\n\n" + MagazineText));
        var firstProse = Enumerable.Range(0, lines.Count).First(i => lines[i].Text.StartsWith("Die Stadtwerke", StringComparison.Ordinal));

        Assert.Equal(-1, LynxMarginHeading.NearestOver(lines, firstProse, _ => true));
    }

    [Fact]
    public void A_text_browsers_list_item_is_no_title_where_nothing_reads_as_a_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("• Blatt.de\n• Login\n\nFernwärme teurer\n\n" + MagazineText.Replace("   ", "", StringComparison.Ordinal)), "page.txt");

        Assert.Equal("Fernwärme teurer", page.Title);
    }
}
