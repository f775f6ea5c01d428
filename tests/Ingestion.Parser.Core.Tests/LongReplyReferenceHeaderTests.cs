using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LongReplyReferenceHeaderTests
{
    [Fact]
    public void A_reply_header_longer_than_a_name_splits_after_the_answered_comment_words()
    {
        Assert.True(LongReplyReferenceHeader.TrySplit(
            "Nate Okafor replied to comment from Marcy Tillotson | September 26, 2013 8:02 AM | Reply", out var writerAndJoin, out var rest));
        Assert.Equal("Nate Okafor replied to comment from ", writerAndJoin);
        Assert.Equal("Marcy Tillotson | September 26, 2013 8:02 AM | Reply", rest);
    }

    [Fact]
    public void The_header_gives_the_writer_the_answered_name_and_the_time()
    {
        Assert.True(CommentLine.TryReadAuthor(
            "Christopher Vandenberg replied to comment from Mary-Elizabeth Hargreaves | September 26, 2013 8:02 AM | Reply", out var name, out var time, out _));
        Assert.Equal("Christopher Vandenberg", CommentAuthor.Clean(name, parentAuthor: null));
        Assert.Equal("comment from Mary-Elizabeth Hargreaves", CommentAuthor.ReplyReference(name));
        Assert.Equal("2013-09-26T08:02:00", time?.ToIso());
    }

    [Theory]
    // A header no longer than a name holds no date after the answered name.
    [InlineData("Jen Marquardt replied to comment from rpt_native")]
    // No reply join at all.
    [InlineData("Marcy Tillotson, who lives on Third Avenue, says the lanes are fine | September 26, 2013")]
    // A sentence whose words before the join are no name.
    [InlineData("When the council finally replied to comment from the business owners, it was September 26, 2013")]
    public void Other_lines_are_left_alone(string line)
    {
        Assert.False(LongReplyReferenceHeader.TrySplit(line, out _, out _));
    }
}
