using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VoteTallyBylineTests
{
    [Fact]
    public void The_submission_line_under_the_title_names_the_poster_and_the_time()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(TableThreadPageShape.Page(TableThreadPageShape.ThreeRows)), "board.html");
        Assert.Equal(["ferrywatcher"], page.Authors);
        Assert.Equal("2024-03-02T09:15:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("57 points by ferrywatcher 2024-03-02T09:15:00", "by ferrywatcher 2024-03-02T09:15:00")]
    [InlineData("1 point by ferrywatcher", "by ferrywatcher")]
    [InlineData("57 pointless ferries", "57 pointless ferries")]
    [InlineData("57 points were scored by the harbour team", "57 points were scored by the harbour team")]
    public void Only_a_tally_right_before_by_is_taken_away(string line, string expected) =>
        Assert.Equal(expected, VoteTallyByline.Without(line));
}
