using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContinuedUpdateLabelTests
{
    [Theory]
    [InlineData("and last updated 2024-03-04 16:42:01")]
    [InlineData("and updated March 4, 2024 4:42 PM")]
    [InlineData("And last modified 2024-03-04 16:42")]
    public void The_update_half_of_a_posted_and_updated_pair_is_a_date_line(string line) => Assert.True(DateLineParser.TryParseLine(line, out _));

    [Theory]
    [InlineData("and the ferry sailed 2024-03-04")]
    [InlineData("and 12 more 2024-03-04")]
    public void Another_line_opening_with_and_is_none(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));

    [Fact]
    public void The_update_line_under_a_desk_byline_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Harbour News\n\nNew harbour ferry enters service on the bay\n\nBy Harbour Staff\nPosted at 2024-03-04T14:42:01-0700\nand last updated 2024-03-04 16:42:01\nBy Dana Whitcomb\n\n"
            + "The harbour's new ferry made its first crossing on Monday morning, carrying forty passengers across the bay in twelve minutes.\n\n"
            + "The vessel replaces a boat that served the route for thirty years, and the operator says it burns a third less fuel.\n"), "ferry.txt");

        Assert.Equal("New harbour ferry enters service on the bay", page.Title);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
    }
}
