using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"at 4:28 am (Paris)": the capital's name after the clock is its zone, Central European time with the EU's summer time.</summary>
public class ParisClockTests
{
    [Theory]
    [InlineData("Published on October 29, 2023, at 4:28 am (Paris)", "2023-10-29T04:28:00+01:00")]
    [InlineData("Published on October 27, 2023, at 4:28 pm (Paris)", "2023-10-27T16:28:00+02:00")]
    [InlineData("Updated on January 9, 2024, at 11:05 (Paris)", "2024-01-09T11:05:00+01:00")]
    public void Paris_after_the_clock_gives_central_european_time(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void Paris_without_a_clock_before_it_is_no_zone() =>
        Assert.False(DateLineParser.TryParseLine("October 29, 2023 Paris", out _));
}
