using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ClockStopEndingTests
{
    [Theory]
    [InlineData("By Nadia Ferraro, Published: September 17 | Updated: Wednesday, September 18, 8:12 a.m.", true)]
    [InlineData("Posted 10:42 P.M.", true)]
    [InlineData("Updated 10:42p.m.", true)]
    [InlineData("The council voted late in the evening, after the public had gone home.", false)]
    [InlineData("She left the office at 8 a.m.", false)]
    [InlineData("By Nadia Ferraro, Updated 8:12 AM", false)]
    public void A_line_ending_with_an_ap_style_clock_ends_with_the_clocks_stop(string line, bool expected) =>
        Assert.Equal(expected, ClockStopEnding.Is(line));
}
