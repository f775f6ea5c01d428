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

    [Theory]
    [InlineData("#1.1 Gil Ostrander on 2013-09-25 15:40 (Reply)", 1)]
    [InlineData("#1.1.1 Marjorie Kell on 2013-09-25 16:02 (Reply)", 2)]
    [InlineData("#2 Taxpayer in Kessler Point on 2013-09-25 15:29 (Reply)", 0)]
    [InlineData("#1.1", 0)]
    [InlineData("#1.1is no number", 0)]
    [InlineData("#hashtag and more words", 0)]
    public void A_signature_opening_with_an_outline_number_gives_its_level(string line, int level) =>
        Assert.Equal(level, OutlineNumberMarker.LeadingLevel(line));

    [Fact]
    public void A_comment_signed_under_its_text_with_an_outline_number_is_a_reply()
    {
        var lines = new PageLines(TextLine.Split("Comments\n\nThank you for staying until the end, Gil. Most of us had to leave at the recess.\n#1 Marjorie Kell on 2013-09-25 15:12 (Reply)\n"
            + "Talbert said Tuesday, Thursday and Saturday is her first choice.\n#1.1 Gil Ostrander on 2013-09-25 15:40 (Reply)\n"
            + "Saturday matters most. That's the only day a lot of working people can get there.\n#1.1.1 Marjorie Kell on 2013-09-25 16:02 (Reply)\n"
            + "Whitcomb is the only one up there who reads the budget.\n#2 Taxpayer in Kessler Point on 2013-09-25 15:29 (Reply)\n"));
        var comments = TextCommentParser.Parse(lines);
        Assert.Equal([null, 1, 2, null], comments.Select(comment => comment.Parent));
    }
}
