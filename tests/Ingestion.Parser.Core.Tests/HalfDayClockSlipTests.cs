using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HalfDayClockSlipTests
{
    [Fact]
    public void The_shown_evening_outranks_the_same_clock_written_as_morning() =>
        Assert.Equal("2016-11-02T19:30:00", HalfDayClockSlip.Shown("2016-11-02T07:30:00", "2016-11-02T19:30:00"));

    [Theory]
    [InlineData("2016-11-02T07:30:00", "2016-11-02T07:30:00")]
    [InlineData("2016-11-02T07:30:00", "2016-11-02T18:30:00")]
    [InlineData("2016-11-02T07:30:00", "2016-11-02T19:30:00-04:00")]
    [InlineData("2016-11-02T07:30:00", null)]
    public void Other_pairs_keep_the_metadata(string metadata, string? shown) =>
        Assert.Null(HalfDayClockSlip.Shown(metadata, shown));
}
