using Ingestion.Parser.Core;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlashMonthDaySpaceYearTests
{
    [Theory]
    [InlineData("Published 09/26 2013 05:41PM", "Published 09/26/2013 05:41PM")]
    [InlineData("Updated 9/6 2013 09:12PM", "Updated 9/6/2013 09:12PM")]
    [InlineData("09/26 2013", "09/26/2013")]
    public void JoinsTheYearToTheSlashDate(string line, string expected) =>
        Assert.Equal(expected, SlashMonthDaySpaceYear.Joined(line));

    [Theory]
    [InlineData("Published 09/26/2013 05:41PM")]
    [InlineData("Scored 24/7 12345 times")]
    [InlineData("Price 3/4 20133")]
    [InlineData("A 1/2 mile walk")]
    [InlineData("Reply/Report 2013")]
    public void LeavesOtherSlashesAlone(string line) =>
        Assert.Null(SlashMonthDaySpaceYear.Joined(line));

    [Fact]
    public void TheDateLineReadsWithItsClock()
    {
        Assert.True(DateLineParser.TryParseLine("09/26 2013 05:41PM", out var time));
        Assert.Equal(new DateOnly(2013, 9, 26), time.Date);
        Assert.Equal(new TimeOnly(17, 41), time.Time);
    }

    [Fact]
    public void AProseLineWithAFractionIsNoDate() =>
        Assert.False(DateLineParser.TryParseLine("The council voted 5/2 2013 budget changes through.", out _));
}
