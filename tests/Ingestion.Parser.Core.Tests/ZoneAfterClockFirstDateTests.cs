using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZoneAfterClockFirstDateTests
{
    [Theory]
    [InlineData("NZST", true, true, false, true)]
    [InlineData("SAST", true, true, false, true)]
    [InlineData("NZST", false, true, false, false)]
    [InlineData("NZST", true, false, false, false)]
    [InlineData("NZST", true, true, true, false)]
    [InlineData("Nzst", true, true, false, false)]
    [InlineData("AP", true, true, false, false)]
    public void A_known_zone_after_the_year_of_a_clock_first_line_closes_it(string word, bool clock, bool year, bool zone, bool expected) =>
        Assert.Equal(expected, ZoneAfterClockFirstDate.Closes(word, clock, year, zone));

    [Fact]
    public void The_line_gets_the_zones_offset()
    {
        Assert.True(DateLineParser.TryParseLine("5:42 PM Tuesday Sep 24, 2013 NZST", out var time));
        Assert.Equal("2013-09-24T17:42:00+12:00", time.ToIso());
    }

    [Fact]
    public void A_slash_date_between_clock_and_zone_is_read_too()
    {
        Assert.True(DateLineParser.TryParseLine("5:42 PM Tuesday 09/24/2013 NZST", out var time));
        Assert.Equal("2013-09-24T17:42:00+12:00", time.ToIso());
    }

    [Fact]
    public void A_capitals_word_after_a_date_without_clock_is_no_zone() =>
        Assert.False(DateLineParser.TryParseLine("Tuesday Sep 24, 2013 NZST", out _));

    [Fact]
    public void A_two_digit_year_the_weekday_confirms_is_a_year_before_the_zone()
    {
        Assert.True(DateLineParser.TryParseLine("8:14am Fri 27 Sep 13 BST", out var time));
        Assert.Equal("2013-09-27T08:14:00+01:00", time.ToIso());
    }

    [Fact]
    public void A_two_digit_number_the_weekday_does_not_confirm_leaves_the_zone_unread() =>
        // 28 September 2013 was a Saturday: "28" and "13" make no date, and the capitals word is no zone of one.
        Assert.False(DateLineParser.TryParseLine("8:14am Fri 28 Sep 13 BST", out _));
}
