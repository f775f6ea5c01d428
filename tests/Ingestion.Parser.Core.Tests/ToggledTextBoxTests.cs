using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ToggledTextBoxTests
{
    private const string Opening = """
        Warum der Stausee im Herbst grün wird

           Algen mögen warmes Wasser: Ein Blick auf die Messwerte vom Sommer.
           12.09.2019 10:05 Uhr
           Von Paula Riedl

           Jeden Herbst färbt sich das Wasser des Stausees grün, und jedes Jahr fragen Anwohner, ob man darin noch baden kann. Die Antwort des Wasserverbands ist dieselbe geblieben: Es kommt auf die Stelle an.

        """;

    private const string Box = """
        Frag die Redaktion!

           In dieser Rubrik beantworten wir jeden Donnerstag Fragen unserer Leserinnen und Leser.
             * Alle Folgen von "Frag die Redaktion!"

           mehr anzeigen

        """;

    private const string Rest = """
           Die Algen wachsen, wenn das Wasser länger als drei Wochen über zwanzig Grad warm bleibt. In diesem Sommer war das an der Staumauer schon Anfang Juli der Fall, an der flachen Nordbucht erst im August.

           Der Verband misst jede Woche an fünf Stellen und hängt die Werte an der Badestelle aus. Wer unsicher ist, fragt dort nach.
        """;

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "stausee.txt");

    [Fact]
    public void A_box_folded_behind_its_toggle_between_the_paragraphs_is_no_text()
    {
        var page = Parse(Opening + "\n" + Box + "\n" + Rest);

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Frag die Redaktion", StringComparison.Ordinal) || paragraph == "mehr anzeigen");
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_toggle_with_no_story_under_it_folds_no_box()
    {
        var lines = new PageLines(TextLine.Split(Opening + "\n" + Box));

        Assert.Empty(ToggledTextBox.Find(lines, lines.Count));
    }

    [Fact]
    public void A_section_longer_than_a_box_over_the_toggle_stays()
    {
        var section = "Die Messstellen\n\n" + string.Concat(Enumerable.Repeat("   Die Messstelle an der Staumauer liegt zwei Meter unter der Oberfläche, die an der Nordbucht knapp einen halben Meter, was die Werte nicht vergleichbar macht.\n\n", 10)) + "   mehr anzeigen\n\n";
        var lines = new PageLines(TextLine.Split(Opening + "\n" + section + Rest));

        Assert.Empty(ToggledTextBox.Find(lines, lines.Count));
    }
}
