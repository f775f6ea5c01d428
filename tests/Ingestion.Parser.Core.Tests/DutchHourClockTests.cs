using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DutchHourClockTests
{
    [Theory]
    [InlineData("donderdag 26 september 2013, 17u42", "2013-09-26T17:42:00")]
    [InlineData("26/09/13, 18u05", "2013-09-26T18:05:00")]
    [InlineData("26/09/13 - 09u15", "2013-09-26T09:15:00")]
    public void A_flemish_clock_with_u_for_uur_is_a_time(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("26/09/13, 5u")]
    [InlineData("26/09/13, 17u4")]
    [InlineData("26/09/13, 25u10")]
    public void A_u_without_two_minutes_or_with_no_hour_is_no_clock(string line)
    {
        Assert.False(DateLineParser.TryParseLine(line, out var time) && time.ToIso() is { Length: > 10 });
    }
}
