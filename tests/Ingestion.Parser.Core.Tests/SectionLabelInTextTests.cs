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
    public void A_label_over_a_short_line_stays_out()
    {
        var page = Parse("""
            <u>Verlag:</u><br />
            Hafenverlag Kiel<br />
            """);

        Assert.DoesNotContain("Verlag:", page.BodyParagraphs);
    }
}
