using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumPaginationTests
{
    [Theory]
    [InlineData("6 posts • Page 1 of 1", 6)]
    [InlineData("1,204 posts • Page 1 of 49", 1204)]
    [InlineData("She wrote 6 posts • Page views were up", null)]
    [InlineData("Forum rules and 6 posts about them", null)]
    public void The_topics_pagination_counts_its_posts(string line, int? count)
    {
        Assert.Equal(count, ForumPagination.DeclaredCount(line));
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
    }
}
