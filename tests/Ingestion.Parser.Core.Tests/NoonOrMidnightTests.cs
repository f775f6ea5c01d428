using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NoonOrMidnightTests
{
    [Theory]
    [InlineData("Sept. 27, 2013, noon", "2013-09-27T12:00:00")]
    [InlineData("Sept. 26, 2013, midnight", "2013-09-26T00:00:00")]
    [InlineData("September 27, 2013, 12 noon", "2013-09-27T12:00:00")]
    [InlineData("Sept. 27, 2013, 1:26 p.m.", "2013-09-27T13:26:00")]
    public void Djangos_words_for_twelve_oclock_are_the_clock(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("noon", false)]
    [InlineData("Midnight", false)]
    [InlineData("afternoon", false)]
    public void Only_the_two_words_name_a_clock(string word, bool clockRead)
    {
        var named = NoonOrMidnight.TryRead(word, clockRead, afterBareTwelve: false, out var time, out _);
        Assert.Equal(word is "noon" or "Midnight", named);
        if (named)
        {
            Assert.Equal(word == "noon" ? new TimeOnly(12, 0) : TimeOnly.MinValue, time);
        }
    }

    [Fact]
    public void A_clock_already_read_keeps_its_time()
    {
        Assert.False(NoonOrMidnight.TryRead("noon", clockRead: true, afterBareTwelve: false, out _, out _));
    }

    [Theory]
    [InlineData("Meet the mayor at noon on the square")]
    [InlineData("The midnight market returns this weekend")]
    public void A_sentence_with_the_word_is_no_date_line(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));
}
