using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionLabelInTextTests
{
    private static ParsedPage Parse(string middle) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Der stille Hafen [Rezension] - Bücherkiste</title></head><body>
        <h1>Der stille Hafen [Rezension]</h1>
        <div class='post-body'>
        Herzlichen Dank an den Verlag für das Leseexemplar. Meine Besprechung bleibt davon natürlich ganz unberührt.<br />
        <br />
        {middle}
        Die Sprache ist ruhig und genau, und die Figuren bleiben einem noch lange nach der letzten Seite im Kopf.<br />
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_one_word_label_between_paragraphs_of_the_text_is_a_crosshead()
    {
        var page = Parse("""
            <u>Fazit:</u><br />
            Ein Fischer rudert jeden Morgen hinaus, und eines Tages kommt er nicht zurück. Das Dorf wartet und schweigt.<br />
            """);

        Assert.Equal(
            ["Herzlichen Dank an den Verlag für das Leseexemplar. Meine Besprechung bleibt davon natürlich ganz unberührt.", "Fazit:",
             "Ein Fischer rudert jeden Morgen hinaus, und eines Tages kommt er nicht zurück. Das Dorf wartet und schweigt.",
             "Die Sprache ist ruhig und genau, und die Figuren bleiben einem noch lange nach der letzten Seite im Kopf."],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_long_compound_label_between_paragraphs_is_a_crosshead()
    {
        var page = Parse("""
            <u>Versicherungsbedingungen:</u><br />
            Ein Fischer rudert jeden Morgen hinaus, und eines Tages kommt er nicht zurück. Das Dorf wartet und schweigt.<br />
            """);

        Assert.Contains("Versicherungsbedingungen:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_over_a_short_line_stays_out()
    {
        var page = Parse("""
            <u>Verlag:</u><br />
            Hafenverlag Kiel<br />
            """);

        Assert.DoesNotContain("Verlag:", page.BodyParagraphs);
    }

    private static ParsedPage ParseList(string box) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html lang="de"><head><title>Angebote der Woche - Technikfreunde</title></head><body>
        <h1>Angebote der Woche</h1>
        <div class="entry-content">
        <p>Der Markt am Hafen hat diesmal drei neue Stände, an denen es Bücher, Filme und alte Spiele zu kleinen Preisen gibt.</p>
        <p>Wir haben uns umgesehen und bringen jede Woche ein paar Stücke mit, die uns selbst gefallen haben.</p>
        {box}
        </div></body></html>
        """), "page.html");

    [Fact]
    public void A_label_of_three_words_over_a_list_of_the_text_leads_in_to_it()
    {
        var page = ParseList("""
            <p><strong>Tipps von Hanna:</strong></p>
            <ul><li><a href="/a">Buch: Die Stadt der Uhrmacher</a></li><li><a href="/b">Film: Nebel über Husum</a></li></ul>
            <p><strong>Tipps von Jakob:</strong></p>
            <ul><li><a href="/c">Spiel: Kapitän der Lüfte</a></li><li><a href="/d">Buch: Das leise Archiv</a></li></ul>
            <p>Nächste Woche ziehen wir wieder los, und wie immer freuen wir uns über eure Hinweise per Mail.</p>
            """);

        Assert.Equal(
            ["Der Markt am Hafen hat diesmal drei neue Stände, an denen es Bücher, Filme und alte Spiele zu kleinen Preisen gibt.",
             "Wir haben uns umgesehen und bringen jede Woche ein paar Stücke mit, die uns selbst gefallen haben.",
             "Tipps von Hanna:", "Buch: Die Stadt der Uhrmacher", "Film: Nebel über Husum",
             "Tipps von Jakob:", "Spiel: Kapitän der Lüfte", "Buch: Das leise Archiv",
             "Nächste Woche ziehen wir wieder los, und wie immer freuen wir uns über eure Hinweise per Mail."],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_label_over_a_list_that_closes_the_page_stays_out()
    {
        var page = ParseList("""
            <p><strong>Tipps von Jakob:</strong></p>
            <ul><li><a href="/c">Spiel: Kapitän der Lüfte</a></li><li><a href="/d">Buch: Das leise Archiv</a></li></ul>
            """);

        Assert.DoesNotContain("Tipps von Jakob:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_of_two_words_over_a_paragraph_stays_out()
    {
        var page = ParseList("""
            <p>Früherer Beitrag:</p>
            <p>Wer an der Förde wohnt, findet die meisten Angebote auch im Laden um die Ecke, oft sogar zum gleichen Preis wie im Netz.</p>
            """);

        Assert.DoesNotContain("Früherer Beitrag:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_over_one_word_buttons_stays_out()
    {
        var page = ParseList("""
            <p>Weitersagen an Freunde:</p>
            <ul><li><a href="/x">Mastodon</a></li><li><a href="/y">E-Mail</a></li></ul>
            """);

        Assert.DoesNotContain("Weitersagen an Freunde:", page.BodyParagraphs);
    }

    [Fact]
    public void A_label_with_an_apostrophe_over_a_list_of_things_needed_leads_in_to_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>How to Pot a Fern - Craftly</title></head><body>
            <h1>How to Pot a Fern</h1>
            <div class="entry-content">
            <p>Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled in their pots.</p>
            <p><strong>Things You'll Want:</strong></p>
            <ul><li>Pot</li><li>Potting soil from a nursery</li><li>Gravel</li></ul>
            <p>Lay a finger of gravel in the bottom of the pot so that the water can drain away from the roots.</p>
            </div></body></html>
            """), "page.html");

        Assert.Equal(
            ["Potted ferns bring a bit of the woods into a flat and ask for little care once they are settled in their pots.",
             "Things You'll Want:", "Pot", "Potting soil from a nursery", "Gravel",
             "Lay a finger of gravel in the bottom of the pot so that the water can drain away from the roots."],
            page.BodyParagraphs);
    }
}
