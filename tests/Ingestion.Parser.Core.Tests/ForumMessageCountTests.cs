using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumMessageCountTests
{
    [Theory]
    [InlineData("Reader Forum (6 messages) Post a message", 6)]
    [InlineData("Forum (12 posts)", 12)]
    [InlineData("Readers' Forum (1 message)", 1)]
    [InlineData("Messages (3)", null)]
    [InlineData("Inbox (6 messages) Post a message", null)]
    [InlineData("The forum (6 messages) was closed after a week of arguing about it.", null)]
    [InlineData("Reader Forum (6 messages) Read the rules before you write", null)]
    [InlineData("Discuss this story: 4 posts", 4)]
    [InlineData("Discuss this article: 1 reply", 1)]
    [InlineData("Discuss this story: the council meets on Tuesday", null)]
    [InlineData("Discuss this story: 4 posts were removed by the moderators", null)]
    public void A_forums_name_over_its_bracketed_message_count(string line, int? count)
    {
        Assert.Equal(count, ForumMessageCount.DeclaredCount(line));
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
    }
}
