using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostedBeforeTests
{
    [Theory]
    [InlineData("2013-09-17T16:58:00", "2013-09-17T17:31:00")]
    [InlineData("2018-06-06T21:14:00-04:00", "2018-06-07T08:15:00-04:00")]
    public void An_earlier_time_of_the_same_form_is_surely_before(string earlier, string later) =>
        Assert.True(PostedBefore.Surely(earlier, later));

    [Theory]
    [InlineData("2013-09-17T17:31:00", "2013-09-17T16:58:00")]
    [InlineData("2013-09-17T16:58:00", "2013-09-17T16:58:00")]
    [InlineData("2013-09-16", "2013-09-17")]
    [InlineData("2013-09-17T16:58:00+01:00", "2013-09-17T17:31:00-04:00")]
    [InlineData(null, "2013-09-17T17:31:00")]
    [InlineData("2013-09-17T16:58:00", null)]
    public void A_later_equal_date_only_or_differently_zoned_time_tells_nothing(string? earlier, string? later) =>
        Assert.False(PostedBefore.Surely(earlier, later));
}
