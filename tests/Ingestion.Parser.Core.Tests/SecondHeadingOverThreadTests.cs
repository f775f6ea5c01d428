using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SecondHeadingOverThreadTests
{
    [Fact]
    public void A_comment_systems_heading_over_the_first_comment_heads_the_same_thread()
    {
        var lines = new PageLines(TextLine.Split("Comments\nAll Comments 7\nFeatured Comments\nSort by\nNewest\nJoin the conversation\n\nMaria Delgado\n3 years ago\nFinally.\nRespect\nReply"));
        Assert.True(SecondHeadingOverThread.Is(lines, 0, 5));
    }

    [Fact]
    public void Another_widgets_heading_after_the_threads_comments_heads_no_part_of_it()
    {
        var lines = new PageLines(TextLine.Split("Comments\n\nMaria Delgado\nJuly 15, 2019 at 3:05 pm\nFinally.\nReply\n\nConversation\n\nHank Oberlin\nJuly 16, 2019 at 9:12 am\nSame here."));
        Assert.False(SecondHeadingOverThread.Is(lines, 0, 7));
    }

    [Fact]
    public void A_heading_with_no_comment_header_under_it_heads_no_part_of_the_thread()
    {
        var lines = new PageLines(TextLine.Split("Comments\nSort by\nNewest\nDiscussion\n\nThe council's next meeting is on Tuesday.\nMore from Local News"));
        Assert.False(SecondHeadingOverThread.Is(lines, 0, 3));
    }
}
