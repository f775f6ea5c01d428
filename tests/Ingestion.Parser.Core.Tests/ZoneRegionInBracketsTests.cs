using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZoneRegionInBracketsTests
{
    [Theory]
    [InlineData("Sept. 26, 2013 3:05 p.m. MST (Arizona)", "2013-09-26T15:05:00-07:00")]
    [InlineData("Posted: Thursday, September 26, 2013 9:14 am EDT (New York)", "2013-09-26T09:14:00-04:00")]
    [InlineData("26.09.2013 17:42 CET (Paris, Berlin)", "2013-09-26T17:42:00+01:00")]
    public void A_place_in_brackets_after_the_zone_keeps_the_clock(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Sept. 26, 2013 3:05 p.m. (Arizona)")]
    [InlineData("Sept. 26, 2013 (Arizona)")]
    public void A_bracketed_place_not_after_a_zone_is_a_word_of_no_date(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out _));

    [Theory]
    [InlineData("MST (arizona)")]
    [InlineData("MST (Arizona 2)")]
    [InlineData("MST (Arizona")]
    [InlineData("MST ()")]
    public void Only_a_closed_bracket_of_capitalised_words_is_a_place(string text) =>
        Assert.Equal(-1, ZoneRegionInBrackets.End(text, 3));

    [Fact]
    public void The_bracket_ends_after_its_closing_mark() =>
        Assert.Equal("MST (Arizona)".Length, ZoneRegionInBrackets.End("MST (Arizona) more", 3));
}
