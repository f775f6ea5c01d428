using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacedMeridiemTests
{
    [Theory]
    [InlineData("12 Mar, 2025 06:28 p. m.", "2025-03-12T18:28:00")]
    [InlineData("12 de marzo de 2025, 9:05 a. m.", "2025-03-12T09:05:00")]
    [InlineData("24/03/2025 11:40 P. M.", "2025-03-24T23:40:00")]
    [InlineData("12 de marzo de 2025 12:15 a. m.", "2025-03-12T00:15:00")]
    public void The_parted_letters_after_a_clock_are_its_meridiem(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Fact]
    public void The_letters_without_a_clock_before_them_open_nothing()
    {
        Assert.Null(SpacedMeridiem.Opens("p", afterClock: false));
        Assert.Null(SpacedMeridiem.Opens("pm", afterClock: true));
        Assert.Equal(12, SpacedMeridiem.Opens("P", afterClock: true));
    }

    [Theory]
    [InlineData("Plan B: p. m. and a. m. shifts")]
    [InlineData("12 de marzo de 2025 06:28 p. x.")]
    public void Stray_letters_make_no_date_line(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));
}
