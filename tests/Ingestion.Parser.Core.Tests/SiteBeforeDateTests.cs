using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteBeforeDateTests
{
    [Theory]
    [InlineData("Vantage News April 22, 2015", "Vantage", "2015-04-22")]
    [InlineData("Vantage April 22, 2015", "Vantage", "2015-04-22")]
    [InlineData("Daily Sentinel (Nairobi) 24 September 2013", "allNations", "2013-09-24")]
    public void The_sites_name_before_a_date_leaves_the_date(string line, string site, string expected)
    {
        Assert.True(SiteBeforeDate.TryRead(line, site, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Holly Brandvold April 22, 2015", "Vantage")]
    [InlineData("Vantage News said on April 22, 2015 that it would close", "Vantage")]
    [InlineData("Police said the man, who lives in Ruiru (Kiambu) 24 September 2013", "allNations")]
    public void A_line_not_opening_with_the_site_or_not_ending_in_a_date_gives_none(string line, string site)
    {
        Assert.False(SiteBeforeDate.TryRead(line, site, out _));
    }
}
