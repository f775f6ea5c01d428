using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DashedDateCompactClockTests
{
    [Theory]
    [InlineData("2023-11-02T1643", "2023-11-02T16:43:00")]
    [InlineData("2023-11-02T164310", "2023-11-02T16:43:10")]
    [InlineData("2023-11-02T1643+0100", "2023-11-02T16:43:00+01:00")]
    [InlineData("2023-11-02T1643Z", "2023-11-02T16:43:00+00:00")]
    public void A_dashed_date_whose_clock_has_no_colons_keeps_its_clock(string value, string expected) =>
        Assert.Equal(expected, DateLineParser.ToIso(value));

    [Theory]
    [InlineData("2023-11-02T16:43")]
    [InlineData("2023-11-02")]
    [InlineData("20231102T1643")]
    [InlineData("2023-11-02T1643 CET")]
    [InlineData("2023-11-02T16")]
    public void A_value_of_another_shape_gets_no_colons(string value) =>
        Assert.Null(DashedDateCompactClock.WithColons(value));
}
