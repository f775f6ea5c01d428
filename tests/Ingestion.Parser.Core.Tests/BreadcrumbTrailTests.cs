using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BreadcrumbTrailTests
{
    private const string PortalPage = """
        <html><head><meta charset="utf-8"><title>Wandern am Traunsee</title>
        <meta property="og:title" content="Wandern am Traunsee"><meta property="og:type" content="article"></head>
        <body><div class="top-bar"><a class="logo" href="https://www.example-tourism.at/de"></a><a href="#">Menu</a></div>
        <div class="breadcrumb"><div class="content-wrapper"><ul class="breadcrumb-list inline-list">
        <li><a href="https://www.example-tourism.at/de"><span>Home</span></a></li>
        <li><a href="https://www.example-tourism.at/de/aktiv"><span>Aktiv</span></a></li>
        <li><a href="https://www.example-tourism.at/de/aktiv/wandern"><span>Wandern &amp; Klettern</span></a></li>
        <li><span>Wandern am Traunsee</span></li></ul></div></div>
        <div class="fullscreen"><h1 class="headline">Traunsee – Wandern zwischen Berg und Ufer</h1></div>
        <div class="content-wrapper"><div class="text"><p>Am Ostufer des Sees führt ein schmaler Steig über die Felsen zum Traunstein, und wer früh genug aufbricht, sieht die ersten Boote schon auf dem Wasser, während oben noch Nebel hängt.</p>
        <p>Wer es gemütlicher mag, nimmt den Uferweg nach Süden, vorbei an alten Bootshäusern und kleinen Badeplätzen, und kehrt mit dem Schiff zurück, das im Sommer jede Stunde fährt.</p></div></div>
        </body></html>
        """;

    [Fact]
    public void A_trails_section_crumb_is_no_site() =>
        Assert.Null(HtmlPageSplitter.Split(PortalPage).Site);

    [Theory]
    [InlineData("""<ul class="breadcrumb-list"><li>Home</li></ul>""", true)]
    [InlineData("""<ol id="breadcrumbs"><li>Home</li></ol>""", true)]
    [InlineData("""<div id="breadcrumb"><ul><li>Home</li></ul></div>""", false)]
    [InlineData("""<ul class="menu"><li>Home</li></ul>""", false)]
    public void Only_a_list_named_a_trail_is_one(string html, bool expected) =>
        Assert.Equal(expected, BreadcrumbTrail.Is(new HtmlParser().ParseDocument(html).Body!.FirstElementChild!));
}
