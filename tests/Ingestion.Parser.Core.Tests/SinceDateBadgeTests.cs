using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SinceDateBadgeTests
{
    [Theory]
    [InlineData("Nurse in Lima Since: Jan 12", "Nurse in Lima")]
    [InlineData("BHS 1979 Since: Aug 09", "BHS 1979")]
    [InlineData("Nurse in Lima", "Nurse in Lima")]
    [InlineData("Fans Since: forever", "Fans Since: forever")]
    [InlineData("Lima Since: the day the plant closed in 1998", "Lima Since: the day the plant closed in 1998")]
    [InlineData("Ever since 2012", "Ever since 2012")]
    public void Only_a_labelled_short_join_date_after_the_name_goes(string name, string expected) =>
        Assert.Equal(expected, SinceDateBadge.Without(name));
}
