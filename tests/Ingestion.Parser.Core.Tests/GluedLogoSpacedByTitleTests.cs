using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A logo's glued alt ("HarbourStar") spelling a domain share name gives way to the title's spaced name (GluedSiteName.TitleSpelling).</summary>
public class GluedLogoSpacedByTitleTests
{
    private static ParsedPage Parse(string title, string logo) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{title}}</title>
        <meta property="og:site_name" content="Harbourstar.co.uk"></head><body>
        <header><h1 class="logo"><a href="/"><img src="/img/logo.png" alt="{{logo}}"></a></h1></header>
        <article><h1>Harbour wall gives way after storm</h1>
        <div class="byline">By Mara Quell</div>
        <div class="story-content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p></div></article>
        </body></html>
        """), "harbour-wall.html");

    [Fact]
    public void Title_spaces_the_glued_logo_name()
    {
        Assert.Equal("Harbour Star", Parse("Harbour wall gives way | Latest News | Harbour Star", "HarbourStar").Site);
    }

    [Fact]
    public void A_title_naming_something_else_leaves_the_logo()
    {
        Assert.Equal("HarbourStar", Parse("Harbour wall gives way | Latest News", "HarbourStar").Site);
    }

    [Fact]
    public void A_spaced_logo_stays()
    {
        Assert.Equal("Harbour Star", Parse("Harbour wall gives way | HARBOUR STAR ONLINE", "Harbour Star").Site);
    }
}
