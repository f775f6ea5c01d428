using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CountLinkBesideThreadLinkTests
{
    [Theory]
    [InlineData("Comments (8) | Have your say »", 8)]
    [InlineData("Comments (0) | Have your say", 0)]
    [InlineData("Have your say » | Comments (12)", 12)]
    [InlineData("Comments (8) | Sport", null)]
    [InlineData("Comments (8)", null)]
    [InlineData("Have your say | Post a comment", null)]
    [InlineData("Comments (8) | Have your say » | Most read | Latest news | Local information and jobs", null)]
    public void Only_a_count_link_beside_links_to_the_form_gives_the_count(string line, int? count) =>
        Assert.Equal(count, CountLinkBesideThreadLink.Read(line));

    [Fact]
    public void The_tool_row_reads_the_count_from_such_a_row() =>
        Assert.Equal(8, ToolRowCount.Read("Comments (8) | Have your say »"));
}
