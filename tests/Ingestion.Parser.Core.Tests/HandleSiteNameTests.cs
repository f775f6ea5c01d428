using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>og:site_name that is the twitter:site handle gives way to the logo's or the title's name (HandleSiteName).</summary>
public class HandleSiteNameTests
{
    private static ParsedPage Parse(string siteName, string logo) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour wall gives way | News | Harbour Daily</title>
        <meta property="og:site_name" content="{{siteName}}">
        <meta name="twitter:site" content="@Harbour_Live"></head><body>
        <div id="logo"><a href="/">{{logo}}</a></div>
        <article><h1>Harbour wall gives way after storm</h1>
        <div class="byline">By Mara Quell</div>
        <div class="story-content"><p>The old harbour wall at the north quay gave way during the night after the storm surge rose higher than forecast.</p>
        <p>Residents said the water reached the doors of the fish market before dawn, and council crews closed the road.</p></div></article>
        </body></html>
        """), "harbour-wall.html");

    [Fact]
    public void Handle_gives_way_to_the_logo()
    {
        Assert.Equal("Harbour Daily", Parse("Harbour_Live", """<img src="/img/logo.png" alt="Harbour Daily">""").Site);
    }

    [Fact]
    public void Handle_gives_way_to_the_title_without_a_logo()
    {
        Assert.Equal("Harbour Daily", Parse("Harbour_Live", "").Site);
    }

    [Theory]
    [InlineData("Harbour_Live", "@Harbour_Live", true)]
    [InlineData("Harbour", "@Harbour", false)]
    [InlineData("Harbour", "@HARBOUR", false)]
    [InlineData("Harbour_Live", "@Harbour_News", false)]
    public void Only_an_underscored_handle_is_the_account(string siteName, string twitterSite, bool handle)
    {
        Assert.Equal(handle, HandleSiteName.IsHandle(siteName, [twitterSite]));
    }

    [Fact]
    public void A_share_name_that_is_no_handle_stays()
    {
        Assert.Equal("Harbour Weekly", Parse("Harbour Weekly", """<img src="/img/logo.png" alt="Harbour Daily">""").Site);
    }
}
