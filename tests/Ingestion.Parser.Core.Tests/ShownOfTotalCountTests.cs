using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Comments (5 of 23)": the comments shown out of the thread's count; the count is the thread's.</summary>
public class ShownOfTotalCountTests
{
    [Theory]
    [InlineData("Comments (5 of 23)", 23)]
    [InlineData("Responses [3 of 1,204]", 1204)]
    public void The_thread_count_after_of_is_declared(string heading, int count) =>
        Assert.Equal(count, CommentHeadings.DeclaredCount(heading));

    [Fact]
    public void A_sentence_with_of_is_no_count() =>
        Assert.Null(CommentHeadings.DeclaredCount("Comments from 5 of our 23 readers"));
}
