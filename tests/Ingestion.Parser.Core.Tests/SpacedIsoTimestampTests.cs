using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacedIsoTimestampTests
{
    [Theory]
    [InlineData("2021-03-09 08:30:00.000-0500", "2021-03-09T08:30:00-05:00")]
    [InlineData("2021-03-09 08:30:00-05:00", "2021-03-09T08:30:00-05:00")]
    [InlineData("2021-03-09 08:30:00 -0500", "2021-03-09T08:30:00-05:00")]
    [InlineData("2021-03-09T08:30:00.000-0500", "2021-03-09T08:30:00-05:00")]
    [InlineData("2021-03-09 08:30:00.000", "2021-03-09T08:30:00")]
    public void A_database_timestamp_in_a_meta_tag_keeps_its_offset(string value, string expected) =>
        Assert.Equal(expected, DateLineParser.ToIso(value));

    [Theory]
    [InlineData("2021-03-09 08:30:00.000-0500", "2021-03-09T08:30:00.000-0500")]
    [InlineData("2021-03-09 08:30Z", "2021-03-09T08:30Z")]
    public void The_space_gives_way_to_the_T_when_a_zone_closes_the_value(string value, string expected) =>
        Assert.Equal(expected, SpacedIsoTimestamp.WithT(value));

    [Theory]
    [InlineData("2021-03-09 08:30:00")]
    [InlineData("2021-03-09 08:30 PM EST")]
    [InlineData("2021-03-09 08:30:00.000-0500 (updated)")]
    [InlineData("March 9, 2021 08:30-0500")]
    [InlineData("2021-03-09")]
    public void A_value_of_another_shape_is_left_to_the_words(string value) =>
        Assert.Null(SpacedIsoTimestamp.WithT(value));
}
