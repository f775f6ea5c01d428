using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumRankLineTests
{
    [Theory]
    [InlineData("Senior Member")]
    [InlineData("Forum Regular")]
    [InlineData("Seasoned Veteran")]
    [InlineData("Wise, Aged Veteran")]
    [InlineData("Newcomer, in training")]
    public void A_forum_rank_under_the_name_is_recognised(string line) => Assert.True(ForumRankLine.Is(line));

    [Theory]
    [InlineData("Hollis T.")]
    [InlineData("Gulf War veteran and retired teacher from Ohio")]
    [InlineData("Member")]
    [InlineData("kestrel_fan")]
    public void Names_and_sentences_are_no_rank(string line) => Assert.False(ForumRankLine.Is(line));
}
