using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RelatedBoxUnderClosingTagsTests
{
    /// <summary>The headline, the byline and the text's first two paragraphs, the same over each test's rest.</summary>
    private const string Opening = """
        Stadtwerke erhöhen Wasserpreis zum Januar

           Von Jana Hollmann
           07.11.2023, 10:37 Uhr

           Kassel. Die Stadtwerke erhöhen den Wasserpreis zum 1. Januar um acht Prozent, wie der Aufsichtsrat am Dienstag beschlossen hat.

           Begründet wird die Erhöhung mit den gestiegenen Kosten für Energie und für die Erneuerung der Leitungen im Norden der Stadt.

        """;

    private static ParsedPage Parse(string rest) => PageParser.Parse(Encoding.UTF8.GetBytes(Opening + "\n" + rest), "page.txt");

    [Fact]
    public void A_related_box_right_under_the_tags_listed_below_the_text_ends_the_story()
    {
        var page = Parse("""
               Für einen Haushalt mit zwei Personen bedeutet das nach Angaben der Stadtwerke rund 30 Euro mehr im Jahr.

               Schlagworte:
                 * Kassel
                 * Wasser
                 * Stadtwerke

               Mehr zum Thema

            Energiekosten

            Fernwärme wird im Frühjahr teurer

               Auch die Fernwärme kostet ab März mehr. Die Stadtwerke begründen das mit den Einkaufspreisen für Gas und Strom.
                 * 06.11.2023

            Baustelle

            Leitungsbau in der Nordstadt dauert länger

               Die Arbeiten an der Hauptleitung in der Nordstadt ziehen sich bis zum Sommer. Anwohner müssen weiter Umwege fahren.
                 * 05.11.2023
            """);

        Assert.Equal(["Kassel", "Wasser", "Stadtwerke"], page.Tags);
        Assert.Equal(
            ["Kassel. Die Stadtwerke erhöhen den Wasserpreis zum 1. Januar um acht Prozent, wie der Aufsichtsrat am Dienstag beschlossen hat.",
             "Begründet wird die Erhöhung mit den gestiegenen Kosten für Energie und für die Erneuerung der Leitungen im Norden der Stadt.",
             "Für einen Haushalt mit zwei Personen bedeutet das nach Angaben der Stadtwerke rund 30 Euro mehr im Jahr."],
            page.BodyParagraphs);
    }

    [Fact]
    public void A_related_box_between_paragraphs_leaves_the_text_under_it_to_the_story()
    {
        var page = Parse("""
               Mehr zum Thema
                 * Fernwärme wird im Frühjahr teurer
                 * Leitungsbau in der Nordstadt dauert länger

               Für einen Haushalt mit zwei Personen bedeutet das nach Angaben der Stadtwerke rund 30 Euro mehr im Jahr.

               Die Verbraucherzentrale rät, den Zählerstand zum Jahreswechsel selbst abzulesen und zu notieren.

               Schlagworte:
                 * Kassel
                 * Wasser
                 * Stadtwerke
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.Equal("Die Verbraucherzentrale rät, den Zählerstand zum Jahreswechsel selbst abzulesen und zu notieren.", page.BodyParagraphs[^1]);
    }
}
