using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class YearGluedToClockTests
{
    [Theory]
    [InlineData("March 4, 20189:05 AM ET", "March 4, 2018 9:05 AM ET")]
    [InlineData("March 4, 201811:05 PM", "March 4, 2018 11:05 PM")]
    public void The_year_and_the_hour_are_parted(string line, string spaced) => Assert.Equal(spaced, YearGluedToClock.Spaced(line));

    [Theory]
    [InlineData("March 4, 2018 9:05 AM")]
    [InlineData("Call 555123:45 now")]
    [InlineData("Order 3018911:05")]
    [InlineData("Ref A20189:05")]
    public void Other_lines_stay(string line) => Assert.Null(YearGluedToClock.Spaced(line));

    [Fact]
    public void The_date_line_reads_with_its_clock_and_zone()
    {
        Assert.True(DateLineParser.TryParseLine("March 4, 20189:05 AM ET", out var time));
        Assert.Equal("2018-03-04T09:05:00-05:00", time.ToIso());
    }
}
