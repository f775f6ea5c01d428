using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ElidedCenturyYearTests
{
    [Theory]
    [InlineData("9 March '13, 4:05pm", "9 March 2013, 4:05pm")]
    [InlineData("Oct ’12", "Oct 2012")]
    [InlineData("July '98", "July 1998")]
    public void The_elided_century_is_written_out(string line, string expanded) => Assert.Equal(expanded, ElidedCenturyYear.Expanded(line));

    [Theory]
    [InlineData("Class of '14")]
    [InlineData("March '134 entries")]
    [InlineData("Rock 'n' roll March")]
    public void Other_apostrophes_stay(string line) => Assert.Null(ElidedCenturyYear.Expanded(line));

    [Fact]
    public void The_date_line_reads_with_its_clock()
    {
        Assert.True(DateLineParser.TryParseLine("9 March '13, 4:05pm", out var time));
        Assert.Equal("2013-03-09T16:05:00", time.ToIso());
    }

    [Fact]
    public void A_line_without_a_month_is_no_date()
    {
        Assert.False(DateLineParser.TryParseLine("Class of '14", out _));
    }
}
