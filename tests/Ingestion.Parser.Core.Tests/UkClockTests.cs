using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UkClockTests
{
    [Theory]
    [InlineData(2013, 9, 24, 22, 1)]
    [InlineData(2013, 12, 3, 9, 0)]
    [InlineData(2013, 3, 31, 0, 0)]
    [InlineData(2013, 3, 31, 3, 1)]
    [InlineData(2013, 10, 27, 3, 0)]
    public void The_uk_clock_is_gmt_in_winter_and_bst_in_summer(int year, int month, int day, int hour, int offsetHours) =>
        Assert.Equal(TimeSpan.FromHours(offsetHours), TimeZoneAbbreviations.OffsetAt("UK", new DateTime(year, month, day, hour, 0, 0)));
}
