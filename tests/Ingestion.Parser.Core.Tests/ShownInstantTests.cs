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
}
