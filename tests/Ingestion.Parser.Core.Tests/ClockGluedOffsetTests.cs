using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClockGluedOffsetTests
{
    [Theory]
    [InlineData("Updated 2024-03-04 16:42:01-05", "2024-03-04T16:42:01-05:00")]
    [InlineData("Last updated 2024-03-04 16:42:01-0500", "2024-03-04T16:42:01-05:00")]
    [InlineData("Posted 2024-03-04 16:42:01+05:30", "2024-03-04T16:42:01+05:30")]
    public void A_clock_with_its_offset_glued_to_the_seconds_keeps_the_offset(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("10:30:00-11:30:00")]
    [InlineData("10:30-11:30")]
    [InlineData("16:42:01-5")]
    public void A_range_of_clocks_or_a_short_sign_is_no_offset(string token) => Assert.Equal(-1, ClockGluedOffset.SignAt(token));

    [Fact]
    public void A_page_update_time_with_a_glued_offset_gives_its_offset()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Harbour News\n\nNew harbour ferry enters service on the bay\n\nBy Harbour Staff\nUpdated 2024-03-04 16:42:01-05\nBy Dana Whitcomb\n\n"
            + "The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.\n\n"
            + "The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.\n"), "ferry.txt");

        Assert.Equal("New harbour ferry enters service on the bay", page.Title);
        Assert.Equal("2024-03-04T16:42:01-05:00", page.PublishedAt);
    }
}
