using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteNameKeywordsTests
{
    [Theory]
    [InlineData("Millbrook|Millbrook Sentinel|news|sports", "The Millbrook Sentinel", true)]
    [InlineData("news|weather|sports|Millbrook|Ohio|WTLX|NewsChannel 9", "WTLX NewsChannel 9", true)]
    [InlineData("school bus|crash|Route 18|Hale County", "WTLX NewsChannel 9", false)]
    [InlineData("WTLX|weather|NewsChannel 9", "WTLX NewsChannel 9", false)]
    [InlineData("news|sports", null, false)]
    [InlineData("TCRTA|bus|transit|Westbrook", "Tri-County Regional Transit Authority", true)]
    [InlineData("TCR|bus|transit", "Tri-County Regional Transit Authority", false)]
    [InlineData("ATM|bus", "Tri-County Regional Transit Authority", false)]
    public void A_keywords_meta_naming_the_site_is_the_sites_list(string keywords, string? site, bool names)
    {
        Assert.Equal(names, SiteNameKeywords.NamesSite(keywords.Split('|'), site));
    }
}
