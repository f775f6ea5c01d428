using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TrailingHeadingsInTextTests
{
    private const string Paragraphs = """
        <div class="absatz">Der Pegel stieg in der Nacht um mehr als einen Meter, und die Feuerwehr sperrte die Uferstraße schon am frühen Abend.</div>
        <div class="absatz">Die Anwohner wurden gebeten, ihre Keller zu räumen und die Fahrzeuge auf höher gelegene Parkplätze zu stellen.</div>
        <div class="absatz">Am Morgen fiel das Wasser wieder, doch die Stadt rechnet mit weiteren Regenfällen bis zum Ende der Woche.</div>
        """;

    private static string Run(string html)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\">" + html + "</div></body></html>");
        var root = document.GetElementById("root")!;
        TrailingHeadingsInText.Remove(root);
        return Whitespace.Collapse(root.TextContent);
    }

    [Fact]
    public void Pull_quotes_printed_as_headings_after_the_last_paragraph_are_no_text()
    {
        var left = Run("<div class=\"text\">" + Paragraphs + "<h4>Der Pegel stieg um mehr als einen Meter.</h4><h4>Die Stadt rechnet mit mehr Regen.</h4></div>"
            + "<div class=\"autoren\">Von Jana Petersen</div>");

        Assert.DoesNotContain("Der Pegel stieg um", left, StringComparison.Ordinal);
        Assert.DoesNotContain("Die Stadt rechnet mit mehr Regen.", left, StringComparison.Ordinal);
        Assert.EndsWith("Von Jana Petersen", left, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h3>Was jetzt gilt</h3><div class=\"absatz\">Die Uferstraße bleibt bis Freitag gesperrt, der Bus fährt eine Umleitung über die Bahnhofstraße und den Markt.</div>")]
    [InlineData("<h3>Was jetzt gilt</h3></div><div class=\"more\"><p>Die Uferstraße bleibt bis Freitag gesperrt, der Bus fährt eine Umleitung über die Bahnhofstraße und den Markt.</p>")]
    public void A_crosshead_over_more_text_stays(string after)
    {
        var left = Run("<div class=\"text\">" + Paragraphs + after + "</div>");

        Assert.Contains("Was jetzt gilt", left, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tip_heading_left_alone_after_the_last_paragraph_is_no_text()
    {
        var left = Run("<div class=\"entry-content\">" + Paragraphs + "<p>Die Fotos stellte die Feuerwehr zur Verfügung.</p><h1>Lesetipp</h1></div>");

        Assert.DoesNotContain("Lesetipp", left, StringComparison.Ordinal);
        Assert.EndsWith("zur Verfügung.", left, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_over_the_text_stays() =>
        Assert.Contains("Hochwasser am Fluss", Run("<h1>Hochwasser am Fluss</h1>" + Paragraphs), StringComparison.Ordinal);

    [Fact]
    public void A_heading_closing_a_short_box_stays() =>
        Assert.Contains("Mehr dazu", Run("<div><div class=\"absatz\">Kurz.</div><h4>Mehr dazu</h4></div>"), StringComparison.Ordinal);
}
