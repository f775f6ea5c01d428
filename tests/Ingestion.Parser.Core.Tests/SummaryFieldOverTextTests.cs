using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SummaryFieldOverTextTests
{
    private const string Description = "Die Stadt will ihre Parks naturnah pflegen. Was das für Wiesen und Bäume bedeutet, erklärt Lena Vogt vom Naturbund.";

    private static ParsedPage Parse(string content, string description = Description) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Wilde Wiesen | Naturbund</title>
        <meta property="og:description" content="{description}" />
        <meta property="og:site_name" content="Naturbund" />
        </head><body><article class="article article--full"><header><h2 class="article__title">Wilde Wiesen</h2></header>
        <div class="article__content">{content}</div></article></body></html>
        """), "page.html");

    private const string Text = """
        <div class="field--body">
        <p>Seit dem Frühjahr mäht das Gartenamt die großen Wiesen im Stadtpark nur noch zweimal im Jahr, statt wie bisher jeden Monat.</p>
        <p>Lena Vogt: Auf den hohen Wiesen finden Insekten wieder Nahrung, und die Vögel folgen ihnen. Das sieht man schon nach einem Sommer.</p>
        <p>Die Bäume am Ufer bleiben stehen, auch wenn sie alt sind, solange sie niemanden gefährden.</p>
        </div>
        """;

    [Fact]
    public void A_teaser_field_repeating_the_description_is_the_standfirst()
    {
        var page = Parse($"<div class=\"field--teaser\"><p>{Description}</p></div>" + Text);

        Assert.DoesNotContain(Description, page.BodyParagraphs);
        Assert.StartsWith("Seit dem Frühjahr", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_box_of_other_words_stays()
    {
        const string other = "Der Naturbund sammelt Spenden für neue Blühstreifen am Stadtrand und lädt zu einer Führung durch den Park ein.";
        var page = Parse($"<div class=\"field--teaser\"><p>{other}</p></div>" + Text);

        Assert.Contains(other, page.BodyParagraphs);
    }

    [Fact]
    public void An_excerpt_over_the_first_paragraph_is_the_standfirst()
    {
        var page = Parse("""
            <div class="entry-content">
            <p class="manual-excerpt">Unter dem Motto "Stadt im Grünen" lädt der Naturbund am Samstag, 14. März, von 10 bis 16 Uhr in die Stadthalle zu seinem Jahrestreffen ein.</p>
            <p>Unter dem Motto „Stadt im Grünen“ lädt der Naturbund am Samstag, dem 14. März, zwischen 10 und 16 Uhr in die Stadthalle ein, wo ich auch sprechen werde.</p>
            <p>Auf dem Programm stehen Vorträge über Stadtbäume, Wiesen und Gewässer, danach diskutieren Fachleute mit den Gästen.</p>
            <p>Die Teilnahme ist frei, um eine Anmeldung wird gebeten, damit genug Plätze für alle bereitstehen.</p>
            </div>
            """, "Jahrestreffen des Naturbunds");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Unter dem Motto „Stadt im Grünen“", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
