using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameWithTaglineTests
{
    [Theory]
    [InlineData("Zprávy.cz - Víme, co se děje", "Vláda schválila rozpočet - Zprávy.cz", "Zprávy.cz")]
    [InlineData("Harbor Point Beacon | News for the whole bay", "Council backs ferry plan | Harbor Point Beacon", "Harbor Point Beacon")]
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
}
