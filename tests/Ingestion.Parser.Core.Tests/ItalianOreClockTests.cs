using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ItalianOreClockTests
{
    [Theory]
    [InlineData("Pubblicato il 26/09/2013 alle ore 16:20", "2013-09-26T16:20:00")]
    [InlineData("26 settembre 2013 ore 16:20", "2013-09-26T16:20:00")]
    public void Ore_before_a_clock_is_oclock_not_an_age(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.False(time.Relative);
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("3 ore fa")]
    [InlineData("Pubblicato 5 ore fa")]
    public void Ore_counted_before_fa_stays_an_age(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.True(time.Relative);
    }
}
