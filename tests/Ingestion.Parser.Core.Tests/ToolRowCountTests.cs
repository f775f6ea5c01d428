using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ToolRowCountTests
{
    [Theory]
    [InlineData("Share Tweet +1 Email Comments (4)", 4)]
    [InlineData("Email Print Tweet Share Comments (3)", 3)]
    [InlineData("Increase Text Size Decrease Text Size Print Email Your say (4)", 4)]
    [InlineData("Email | Print | Font Size: A A | 3 comments", 3)]
    [InlineData("Email\u00a0|\u00a0Print\u00a0|\u00a0642 Comments", 642)]
    [InlineData("Email | Print | 642 Comments", 642)]
    [InlineData("Email\u00a0|\u00a0Print\u00a0|\u00a0The board took 642 Comments", null)]
    [InlineData("SHARE / TWEET / 82 COMMENTS", 82)] // a blog's row under its post
    [InlineData("Share / The board took 82 comments", null)]
    [InlineData("Comments (4)", null)]
    [InlineData("Email | Print | The council received 12 comments", null)]
    [InlineData("The council received more comments (12)", null)]
    [InlineData("Share Tweet Email", null)]
    [InlineData("In Pocket  speichern vorlesen Drucken Kommentare lesen 28 Beiträge", 28)] // a news ticker's row under the standfirst
    [InlineData("Drucken Teilen Kommentare 7 Beiträge", 7)]
    [InlineData("Im Forum stehen Kommentare lesen 28 Beiträge", null)]
    [InlineData("Kommentare lesen 28 Beiträge", null)]
    public void The_tool_rows_last_link_gives_the_threads_count(string line, int? count) => Assert.Equal(count, ToolRowCount.Read(line));
}
