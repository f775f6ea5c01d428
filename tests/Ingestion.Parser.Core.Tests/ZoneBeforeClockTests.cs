using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZoneBeforeClockTests
{
    [Theory]
    [InlineData("MYT", false, true, false, true)]
    [InlineData("SGT", false, true, false, true)]
    [InlineData("MYT", true, true, false, false)]
    [InlineData("MYT", false, false, false, false)]
    [InlineData("MYT", false, true, true, false)]
    [InlineData("Myt", false, true, false, false)]
    [InlineData("AP", false, true, false, false)]
    public void A_known_zone_after_the_year_and_before_any_clock_opens_the_clock(string word, bool clock, bool year, bool zone, bool expected) =>
        Assert.Equal(expected, ZoneBeforeClock.Opens(word, clock, year, zone));

    [Fact]
    public void The_clock_right_after_the_zone_gets_its_offset()
    {
        Assert.True(DateLineParser.TryParseLine("Published: Friday September 27, 2013 MYT 12:00:00 AM", out var published));
        Assert.True(DateLineParser.TryParseLine("Updated: Friday September 27, 2013 MYT 8:14:22 AM", out var updated));

        Assert.Equal("2013-09-27T00:00:00+08:00", published.ToIso());
        Assert.Equal("2013-09-27T08:14:22+08:00", updated.ToIso());
    }

    [Fact]
    public void A_zone_after_a_date_without_clock_is_no_word_of_the_date()
    {
        Assert.False(DateLineParser.TryParseLine("Friday September 27, 2013 MYT", out _));
        Assert.Equal("2013-09-27", DateLineParser.Parse("Friday September 27, 2013 MYT", out var otherWords)?.ToIso());
        Assert.Equal(1, otherWords);
    }

    [Fact]
    public void A_zone_followed_by_another_word_before_the_clock_is_no_word_of_the_date() =>
        Assert.False(DateLineParser.TryParseLine("Friday September 27, 2013 MYT Penang 12:00:00 AM", out _));
}
