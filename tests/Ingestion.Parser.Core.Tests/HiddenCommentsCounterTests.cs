using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenCommentsCounterTests
{
    [Theory]
    [InlineData("44 hidden comments", true)]
    [InlineData("1 hidden comment", true)]
    [InlineData("44 hidden comments in the code, really?", false)]
    [InlineData("Hidden comments are a Slash feature.", false)]
    public void The_count_of_comments_under_the_threshold_is_no_text(string line, bool counter) => Assert.Equal(counter, HiddenCommentsCounter.Is(line));
}
