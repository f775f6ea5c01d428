using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameWithTaglineTests
{
    [Theory]
    [InlineData("Zprávy.cz - Víme, co se děje", "Vláda schválila rozpočet - Zprávy.cz", "Zprávy.cz")]
    [InlineData("Harbor Point Beacon | News for the whole bay", "Council backs ferry plan | Harbor Point Beacon", "Harbor Point Beacon")]
    [InlineData("Bayside: Harbor Town News, Food, Arts & Events", "Ferry Tales: The Old Piers Don't Exist Anymore: Bayside", "Bayside")]
    public void A_share_name_with_its_slogan_gives_the_name_the_title_ends_with(string siteName, string title, string expected) =>
        Assert.Equal(expected, SiteNameWithTagline.Shorten(siteName, title));

    [Theory]
    [InlineData("Radio Meridian - International", "Dam gives way upriver - Radio Meridian - International")]
    [InlineData("Harbor Point Beacon | Bay News", "Council backs ferry plan")]
    [InlineData("Harbor Point Beacon", "Council backs ferry plan - Harbor Point Beacon")]
    public void A_name_the_title_ends_with_whole_or_not_at_all_stays(string siteName, string title) =>
        Assert.Equal(siteName, SiteNameWithTagline.Shorten(siteName, title));

    [Theory]
    [InlineData("Harbor News - Your Bay, Every Day", "Harbor News")]
    [InlineData("The Valley Post | Your town, every day", "The Valley Post")]
    [InlineData("Harbor Weekly - Your Bay, Every Day", "Harbor Weekly - Your Bay, Every Day")]
    [InlineData("Harbor News", "Harbor News")]
    public void A_name_with_its_slogan_gives_the_part_the_sites_handle_spells(string siteName, string expected) =>
        Assert.Equal(expected, SiteNameWithTagline.ShortenByHandle(siteName, ["@Harbor", "@HarborNews", "@thevalleypost"]));

    [Theory]
    [InlineData("@@harborlive", "Harbor LIVE")]
    [InlineData("@harbortimes", "Harbor LIVE - Dein Stadtportal für Harbor")]
    public void A_share_name_with_its_slogan_gives_the_part_the_handle_spells_where_the_title_names_no_site(string handle, string expected)
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
            <html lang="de"><head><title>Fährfest am Hafen und drumherum - Tipps</title>
            <meta property="og:site_name" content="Harbor LIVE - Dein Stadtportal für Harbor">
            <meta property="og:title" content="Fährfest am Hafen und drumherum - Tipps">
            <meta name="twitter:site" content="{{handle}}">
            </head><body><h1>Fährfest am Hafen und drumherum – Tipps</h1>
            <div class="entry-content"><p>Am Dienstag legt die neue Fähre zum ersten Mal am Südkai an, und der Hafenverein lädt zum Fest.</p>
            <p>Ab 16 Uhr gibt es Musik auf dem Kai, Kaffee im Zollhaus und Führungen über das Schiff für alle, die mögen.</p></div>
            </body></html>
            """), "page.html");

        Assert.Equal(expected, page.Site);
    }

    [Fact]
    public void An_application_name_with_a_slogan_after_a_colon_gives_the_site_the_title_ends_with()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry Tales: The Old Piers Don't Exist Anymore: Bayside</title>
            <meta name="application-name" content="Bayside: Harbor Town News, Food, Arts &amp; Events">
            <meta property="og:title" content="Ferry Tales: The Old Piers Don't Exist Anymore">
            </head><body><h1>Ferry Tales: The Old Piers Don't Exist Anymore</h1>
            <div class="entry-body"><p>The placards are still beside the ferry slips, but the piers they point to were torn down long ago, the harbour office says.</p>
            <p>Only two of the nine piers listed in the town's 1962 survey still stand, and neither takes boats any more.</p></div>
            </body></html>
            """), "page.html");

        Assert.Equal("Bayside", page.Site);
    }
}
