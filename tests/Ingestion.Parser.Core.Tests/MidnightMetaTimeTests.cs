using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MidnightMetaTimeTests
{
    [Theory]
    [InlineData("2013-09-27T00:00:00-04:00", "2013-09-26T21:37:00-04:00", "2013-09-26T21:37:00-04:00")]
    [InlineData("2013-09-27T00:00:00-04:00", "2013-09-27T06:15:00-04:00", "2013-09-27T06:15:00-04:00")]
    public void The_shown_time_wins_over_a_midnight_stamp_of_its_day(string meta, string shown, string expected) =>
        Assert.Equal(expected, MidnightMetaTime.Prefer(meta, shown));

    [Theory]
    [InlineData("2013-09-27T00:00:00-04:00", "2013-09-20T21:37:00-04:00")]
    [InlineData("2013-09-27T08:00:00-04:00", "2013-09-26T21:37:00-04:00")]
    [InlineData("2013-09-27T00:00:00-04:00", "2013-09-27T00:00:00-04:00")]
    [InlineData("2013-09-27T00:00:00-04:00", null)]
    public void A_clocked_or_distant_meta_time_stays(string meta, string? shown) => Assert.Equal(meta, MidnightMetaTime.Prefer(meta, shown));
}
