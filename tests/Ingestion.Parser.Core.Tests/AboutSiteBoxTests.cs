using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AboutSiteBoxTests
{
    [Theory]
    [InlineData("About TCRTA", "Tri-County Regional Transit Authority", true)]
    [InlineData("About the Tri-County Regional Transit Authority:", "Tri-County Regional Transit Authority", true)]
    [InlineData("About Riverbend Monthly", "Riverbend Monthly", true)]
    [InlineData("About the author", "Riverbend Monthly", false)]
    [InlineData("About TCRTA Access", "Tri-County Regional Transit Authority", false)]
    [InlineData("More about TCRTA", "Tri-County Regional Transit Authority", false)]
    public void A_heading_about_the_publisher_opens_its_boilerplate(string heading, string site, bool opens) =>
        Assert.Equal(opens, AboutSiteBox.IsAboutSite(heading, site));

    [Fact]
    public void The_heading_and_what_follows_it_in_its_box_leave_the_text()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div id="release"><p>TCRTA will add Sunday service.</p>
            <div class="about"><h3>About TCRTA</h3><div>The Tri-County Regional Transit Authority operates 14 routes.</div></div></div></body></html>
            """);
        var root = document.GetElementById("release")!;

        AboutSiteBox.Remove(root, "Tri-County Regional Transit Authority");

        Assert.Equal("TCRTA will add Sunday service.", root.TextContent.Trim());
    }

    [Fact]
    public void Without_a_site_nothing_goes()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"r\"><h3>About TCRTA</h3><p>Text.</p></div></body></html>");
        var root = document.GetElementById("r")!;

        AboutSiteBox.Remove(root, null);

        Assert.Contains("About TCRTA", root.TextContent, StringComparison.Ordinal);
    }
}
