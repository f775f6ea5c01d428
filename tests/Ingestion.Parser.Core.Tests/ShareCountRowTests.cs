using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ShareCountRowTests
{
    [Fact]
    public void A_comment_count_among_counted_share_buttons_is_the_rows()
    {
        var lines = new PageLines(TextLine.Split("Share 1.2k\nTweet 341\nLinkedIn 27\nComment 86\nEmail"));
        Assert.True(ShareCountRow.HoldsCount(lines, 3));
        Assert.True(ShareCountRow.IsCountedButton("Share 1.2k"));
    }

    [Fact]
    public void A_thread_heading_under_plain_buttons_or_prose_is_not()
    {
        var lines = new PageLines(TextLine.Split("Tweet\nShare\nEmail\n11 Comments\nThe vote was 27 to 3."));
        Assert.False(ShareCountRow.HoldsCount(lines, 3));
        Assert.False(ShareCountRow.IsCountedButton("Rose by 341"));
        Assert.False(ShareCountRow.IsCountedButton("Tweet"));
    }
}
