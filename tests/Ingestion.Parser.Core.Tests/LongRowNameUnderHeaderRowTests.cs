using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LongRowNameUnderHeaderRowTests
{
    private static ParsedPage Parse(string head, string firstName) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Fahrradhelme im Test</title></head><body><article><h1>Fahrradhelme im Test: Zwei fallen durch</h1>
        <p>Der Club hat zehn Fahrradhelme für Kinder auf Stoßschutz, Sitz und Belüftung geprüft, im Labor und auf der Straße.</p>
        <h2>Die Noten</h2>
        <table><thead>{{head}}</thead><tbody>
        <tr><td>{{firstName}}</td><td>89 €</td><td>ja</td><td>1,8</td></tr>
        <tr><td>Wellenreiter Mini</td><td>45 €</td><td>nein</td><td>2,3</td></tr>
        <tr><td>Kiesel Junior Pro</td><td>60 €</td><td>ja</td><td>4,6</td></tr>
        </tbody></table>
        <p>Zwei Helme sitzen so locker, dass sie bei einem Sturz verrutschen; sie bekommen deshalb die Note mangelhaft.</p>
        </article></body></html>
        """), "helme.html");

    private const string HeadingRow = "<tr><th>Hersteller/Modell</th><th>Preis</th><th>Licht</th><th>Note</th></tr>";

    [Fact]
    public void A_results_table_under_heading_cells_is_no_body_though_a_product_name_is_long()
    {
        var page = Parse(HeadingRow, "Küstenflitzer Kids 2 Größe S + Winterfutter Plus");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Küstenflitzer", StringComparison.Ordinal) || paragraph == "89 €");
        Assert.StartsWith("Der Club hat zehn Fahrradhelme", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Zwei Helme sitzen so locker", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_heading_row_the_long_cell_keeps_the_table()
    {
        var page = Parse("", "Küstenflitzer Kids 2 Größe S + Winterfutter Plus");

        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.Contains("Küstenflitzer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_in_the_first_cell_is_no_name()
    {
        Assert.False(LongRowNameUnderHeaderRow.Is("Der Helm sitzt gut und lässt sich leicht einstellen."));
        Assert.True(LongRowNameUnderHeaderRow.Is("Küstenflitzer Kids 2 Größe S + Winterfutter Plus"));
    }
}
