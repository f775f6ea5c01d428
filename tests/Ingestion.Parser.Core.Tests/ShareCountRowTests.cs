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

    [Fact]
    public void A_link_to_the_thread_under_one_comments_vote_count_is_no_share_rows()
    {
        Assert.True(ShareCountRow.HoldsCount(new PageLines(TextLine.Split("Share 1.2k\nTweet 341\nRead All Comments (86) »")), 2));
        var lines = new PageLines(TextLine.Split("Portland went through this along the creek decades ago.\nRecommend 54\nRead All Comments (86) »"));
        Assert.False(ShareCountRow.HoldsCount(lines, 2));
    }
}
