using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateUnderDatedHeaderTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join('\n', lines)));

    [Fact]
    public void A_bare_date_under_a_header_with_its_time_is_the_comments_first_paragraph()
    {
        var lines = Lines("Posted by Pete Lindqvist on September 26, 2013 at 9:01 a.m.", "October 15, 2013", "Mark it down. That's the day the permits open.");

        Assert.True(DateUnderDatedHeader.Is(lines, 1));
    }

    [Fact]
    public void A_date_under_a_bare_name_is_the_comments_time()
    {
        var lines = Lines("Pete Lindqvist", "October 15, 2013", "Mark it down. That's the day the permits open.");

        Assert.False(DateUnderDatedHeader.Is(lines, 1));
    }

    [Fact]
    public void A_clock_time_under_the_header_is_not_taken_for_text()
    {
        var lines = Lines("Posted by Pete Lindqvist on September 26, 2013 at 9:01 a.m.", "Edited 9:14 a.m.", "Mark it down. That's the day the permits open.");

        Assert.False(DateUnderDatedHeader.Is(lines, 1));
    }

    [Fact]
    public void The_comment_keeps_the_date_as_its_first_paragraph_and_the_headers_time()
    {
        var thread = string.Join('\n',
            "Posted by Pete Lindqvist on September 26, 2013 at 9:01 a.m.",
            "October 15, 2013",
            "Mark it down. That's the day the permits open. I'll be first in line.",
            "Reply to this comment | Report abuse",
            "",
            "Posted by Judy P on September 26, 2013 at 9:22 a.m.",
            "I voted no because I promised the people on Birch Street I would.",
            "Reply to this comment | Report abuse");

        var comments = TextCommentParser.Parse(new PageLines(TextLine.Split(thread)));

        Assert.Equal(2, comments.Count);
        Assert.Equal(["October 15, 2013", "Mark it down. That's the day the permits open. I'll be first in line."], comments[0].Paragraphs);
        Assert.Equal("2013-09-26T09:01:00", comments[0].PostedAt);
    }
}
