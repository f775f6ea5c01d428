using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OutlineNumberMarkerTests
{
    [Theory]
    [InlineData("#1", 0)]
    [InlineData("#1.1", 1)]
    [InlineData("#12.3", 1)]
    [InlineData("#1.2.1", 2)]
    [InlineData("#1.", 0)]
    [InlineData("#1.1 is my favourite", 0)]
    [InlineData("1.1", 0)]
    public void Each_dotted_part_after_the_first_is_a_reply_level(string line, int level) => Assert.Equal(level, OutlineNumberMarker.Level(line));

    [Fact]
    public void An_outline_number_over_the_header_makes_the_comment_a_reply()
    {
        var lines = new PageLines(TextLine.Split("Comments (9)\n\n#1\nHal Brenner\nSep 27, 2013 1:42 PM ET\nThe House will send it back.\nReply | Report abuse\n\n#1.1\njmorrow_va\nSep 27, 2013 1:55 PM ET\nIt is a win.\nReply | Report abuse\n\n#1.2\nHal Brenner\nSep 27, 2013 2:03 PM ET\nOwning it never bothered them.\nReply | Report abuse\n\n#2\nMaureen K.\nSep 27, 2013 2:48 PM ET\nLook it up.\nReply | Report abuse\n"));
        var comments = TextCommentParser.Parse(lines);
        Assert.Equal([null, 1, 1, null], comments.Select(comment => comment.Parent));
    }
}
