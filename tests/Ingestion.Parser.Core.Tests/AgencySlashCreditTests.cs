using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AgencySlashCreditTests
{
    [Theory]
    [InlineData("Sunset Pictures/Backgrid")]
    [InlineData("Mega/Backgrid")]
    [InlineData("John Barrett/Rex")]
    public void A_name_a_slash_and_an_agency_is_a_credit(string line) =>
        Assert.True(AgencySlashCredit.Is(line));

    [Theory]
    [InlineData("Sunset Pictures/Tinseltown")]
    [InlineData("the photos were sold to/Backgrid")]
    [InlineData("Backgrid/")]
    [InlineData("2019/Reuters")]
    public void A_slash_before_no_agency_or_after_no_name_is_no_credit(string line) =>
        Assert.False(AgencySlashCredit.Is(line));
}
