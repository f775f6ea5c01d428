using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FeedExportHeaderTests
{
    [Theory]
    [InlineData("Feed: http://blogs.example.com/notebook/feed/")]
    [InlineData("Comments feed: http://blogs.example.com/notebook/2013/09/27/post/feed/")]
    [InlineData("Exported 1 item")]
    [InlineData("Exported 12 items")]
    public void A_feed_readers_export_lines_are_furniture(string line) => Assert.True(FeedExportHeader.IsFurniture(line));

    [Theory]
    [InlineData("Feed: the pantry is open to anyone who needs it")]
    [InlineData("Exported goods fell 4 percent in August")]
    [InlineData("Comments feed the debate, the mayor said.")]
    [InlineData("Council approves flood wall")]
    public void Sentences_that_open_alike_are_no_furniture(string line) => Assert.False(FeedExportHeader.IsFurniture(line));

    [Theory]
    [InlineData("Capitol Notebook — The Ashford Courier\nState politics from the statehouse\nFeed: http://blogs.example.com/feed/", "The Ashford Courier")]
    [InlineData("Capitol Notebook — The Ashford Courier\nState politics from the statehouse\n\nHome", null)]
    [InlineData("Lawmakers meet — and argue\nFeed: the debate", null)]
    public void The_paper_after_the_blogs_name_over_the_feed_line_is_the_site(string page, string? paper)
    {
        var lines = new PageLines(TextLine.Split(page));
        Assert.Equal(paper, FeedExportHeader.Paper(lines, 0));
    }
}
