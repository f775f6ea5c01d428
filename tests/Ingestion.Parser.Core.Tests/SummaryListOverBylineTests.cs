using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SummaryListOverBylineTests
{
    private static ParsedPage Parse(string between) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Reederei droht mit Klage - Hafenblatt</title></head><body>
        <nav><ul><li><h1>Reederei droht mit Klage</h1></li></ul></nav>
        <article><h2>Reederei droht mit Klage</h2><section class="body">
        {{between}}
        <p>Die Reederei will gegen die neue Hafengebühr klagen, die der Stadtrat in der vergangenen Woche mit knapper Mehrheit beschlossen hat.</p>
        <p>Die Gebühr soll vom Sommer an für jedes Schiff gelten, das länger als zwei Stunden am Kai liegt, und die Kasse der Stadt füllen.</p>
        <p>Der Bürgermeister verteidigte den Beschluss und sagte, andere Häfen an der Küste verlangten schon lange deutlich mehr Geld.</p>
        </section></article></body></html>
        """), "page.html");

    private const string Points = "<ul><li>Die Reederei hält die neue Gebühr für rechtswidrig.</li><li>Der Stadtrat will an dem Beschluss festhalten.</li></ul>";

    [Fact]
    public void The_points_over_the_byline_are_no_text()
    {
        var page = Parse(Points + "<section class=\"authors\"><strong>Von <span>Jana Petersen</span>, Nordhafen</strong></section>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Die Reederei will", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_with_no_byline_under_it_stays()
    {
        var page = Parse(Points + "<p>Eine Vorbemerkung der Redaktion.</p>");

        Assert.Contains("Die Reederei hält die neue Gebühr für rechtswidrig.", page.BodyParagraphs);
    }
}
