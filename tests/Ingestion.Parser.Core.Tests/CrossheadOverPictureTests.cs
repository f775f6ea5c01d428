using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CrossheadOverPictureTests
{
    private static IReadOnlyList<string> BodyOf(string crosshead) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>So kombinierst du Karos - Stilblatt</title><meta property="og:site_name" content="Stilblatt"></head><body>
        <main><article class="article"><h1>So kombinierst du Karos</h1>
        <div class="content"><span class="toggle">
        <p>Karos sind in diesem Herbst überall zu sehen, vom Mantel bis zur Tasche, und sie lassen sich leichter tragen als gedacht.</p>
        <span class="jump-label" id="sprung-1">&nbsp;</span><h2>{{crosshead}}</h2>
        <figure class="media-element"><img src="/b/karo.jpg" alt="Mantel"><figcaption>Ein Mantel mit großem Karo<section class="copyright">Modehaus Beispiel</section></figcaption></figure>
        <p>Ein großes Karo wirkt ruhig, wenn der Rest des Outfits einfarbig bleibt, am besten in Grau oder Dunkelblau.</p>
        <h2>Kleine Muster</h2>
        <p>Feine Karos passen dagegen auch zu Streifen, solange die Farben zueinander gehören und nicht zu kräftig sind.</p>
        </span></div></article></main></body></html>
        """), "page.html").BodyParagraphs;

    [Fact]
    public void A_crosshead_ending_in_a_colon_over_the_sections_picture_stays()
    {
        var body = BodyOf("Große Karos:");

        Assert.Equal("Große Karos:", body[1]);
        Assert.StartsWith("Ein großes Karo", body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_furniture_label_over_a_picture_stays_out()
    {
        var body = BodyOf("Share this:");

        Assert.DoesNotContain("Share this:", body);
    }
}
