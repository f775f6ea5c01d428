using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A keywords meta's routing flags ("homepage", the site's short name and a desk code) are no tags (PlacementFlagKeywords).</summary>
public class PlacementFlagKeywordsTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Boathouse opens on the old quay | Harbour.com</title>
        <meta name="news_keywords" content="{{keywords}}">
        <meta property="og:url" content="http://www.harbour.com/quay/index.ssf/2014/12/boathouse_opens.html">
        <meta property="og:site_name" content="Harbour.com"></head><body>
        <div id="article"><h1>Boathouse opens on the old quay</h1>
        <div class="byline">By Lena Hansen</div>
        <div class="entry-content">
        <p>The rowing club opened its new boathouse on the old quay on Thursday, two years after the old one burned down in a storm.</p>
        <p>The building holds eleven boats and a room for the club's junior crews, the secretary said.</p>
        </div></div></body></html>
        """), "boathouse.html");

    [Fact]
    public void Placement_flags_and_desk_codes_leave_the_tags()
    {
        Assert.Equal(["boats", "rowing club", "old quay"], Parse("boats,homepage,rowing club,harbour-sports,old quay").Tags);
    }

    [Fact]
    public void Topics_that_only_look_alike_stay()
    {
        Assert.Equal(["harbour-side walks", "home pages of the past", "harbourmaster"], Parse("harbour-side walks,home pages of the past,harbourmaster").Tags);
    }

    [Theory]
    [InlineData("harbour-sports", "http://www.harbour.com/a.html", new[] { "x" })]
    [InlineData("harbour-sports", null, new[] { "harbour-sports", "x" })]
    [InlineData("Front Page", "http://www.harbour.com/a.html", new[] { "x" })]
    public void Without_drops_only_the_flags(string first, string? address, string[] kept)
    {
        Assert.Equal(kept, PlacementFlagKeywords.Without([first, "x"], address));
    }
}
