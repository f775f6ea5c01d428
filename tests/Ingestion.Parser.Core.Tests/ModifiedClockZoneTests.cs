using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ModifiedClockZoneTests
{
    [Fact]
    public void A_shown_clock_takes_the_offset_of_the_same_modified_time() =>
        Assert.Equal("2022-11-03T16:20:00-04:00", ModifiedClockZone.Applied("2022-11-03T16:20:00", "2022-11-03T16:20:00-04:00"));

    [Theory]
    [InlineData("2022-11-03T14:05:00", "2022-11-03T16:20:00-04:00")]
    [InlineData("2022-11-03", "2022-11-03T16:20:00-04:00")]
    [InlineData("2022-11-03T16:20:00+01:00", "2022-11-03T16:20:00-04:00")]
    [InlineData("2022-11-03T16:20:00", null)]
    public void Another_clock_or_a_zoned_time_keeps_its_own(string shown, string? modified) =>
        Assert.Equal(shown, ModifiedClockZone.Applied(shown, modified));
}
