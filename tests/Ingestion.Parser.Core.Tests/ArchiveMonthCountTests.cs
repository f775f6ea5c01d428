using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArchiveMonthCountTests
{
    [Theory]
    [InlineData("September 2013 (14)")]
    [InlineData("August 2013 (19)")]
    [InlineData("Sep 2013 (3)")]
    public void An_archive_widgets_month_and_count_is_no_date(string line)
    {
        Assert.True(ArchiveMonthCount.Is(line));
        Assert.False(DateLineParser.TryParseLine(line, out _));
    }

    [Theory]
    [InlineData("September 14, 2013")]
    [InlineData("September 2013")]
    [InlineData("Sept. 26, 2013 (updated)")]
    [InlineData("Thursday (14)")]
    public void Other_lines_are_left_alone(string line) => Assert.False(ArchiveMonthCount.Is(line));

    [Fact]
    public void A_date_with_its_day_still_reads()
    {
        Assert.True(DateLineParser.TryParseLine("September 14, 2013", out var time));
        Assert.Equal("2013-09-14", time.ToIso());
    }
}
