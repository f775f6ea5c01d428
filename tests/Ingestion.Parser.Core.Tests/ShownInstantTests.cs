using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownInstantTests
{
    [Theory]
    [InlineData("2013-09-24T16:51:27", "2013-09-24T16:51:27-04:00")]
    [InlineData("2013-09-24T16:51:00", "2013-09-24T16:51:27-04:00")]
    [InlineData("2013-09-24T18:20:00", "2013-09-24T18:20:00")]
    [InlineData("2013-09-24", "2013-09-24")]
    public void A_zoneless_metadata_time_takes_the_offset_of_the_same_shown_clock(string local, string expected)
    {
        Assert.Equal(expected, ShownInstant.PreferZoned(local, [null, "2013-09-25T08:12:04-04:00", "2013-09-24T16:51:27-04:00"]));
    }

    [Theory]
    [InlineData("2019-06-12T22:42:10+00:00", "2019-06-12T18:42:00-04:00", "2019-06-12T18:42:10-04:00")]
    [InlineData("2019-06-12T22:42:00+00:00", "2019-06-12T18:42:00-04:00", "2019-06-12T18:42:00-04:00")]
    public void A_utc_metadata_time_is_written_in_the_zone_of_the_same_shown_minute(string utc, string shown, string expected)
    {
        Assert.Equal(expected, ShownInstant.Prefer(utc, shown));
    }

    [Theory]
    [InlineData("2019-06-12T22:43:10+00:00", "2019-06-12T18:42:00-04:00")]
    [InlineData("2019-06-12T22:42:10+00:00", "2019-06-12T18:42:05-04:00")]
    [InlineData("2019-06-12T22:42:10+00:00", null)]
    public void Another_minute_or_a_shown_second_leaves_the_metadata_time(string utc, string? shown)
    {
        Assert.Equal(utc, ShownInstant.Prefer(utc, shown));
    }
}
