using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClockUnderCommentDateTests
{
    [Fact]
    public void The_clock_under_the_day_is_the_comments_time()
    {
        var comments = DrupalThreadPage.Parse().Comments;

        Assert.Equal(["2018-05-03T18:32:00", "2018-05-04T02:20:00", "2018-05-05T22:14:00", "2018-05-04T17:29:00"], comments.Select(comment => comment.PostedAt));
    }
}
