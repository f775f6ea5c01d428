using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentBoxPromptTests
{
    [Theory]
    [InlineData("Write your comment here", true)]
    [InlineData("Add a comment...", true)]
    [InlineData("Join the discussion…", true)]
    [InlineData("Characters remaining (3000)", true)]
    [InlineData("3000 characters left", true)]
    [InlineData("Characters remaining", false)]
    [InlineData("I wish I could write a comment this good.", false)]
    [InlineData("Only 20 characters remaining on the old sign were legible after the storm.", false)]
    public void A_comment_boxs_placeholder_and_counter_are_no_comment(string line, bool expected) =>
        Assert.Equal(expected, CommentBoxPrompt.Is(line));
}
