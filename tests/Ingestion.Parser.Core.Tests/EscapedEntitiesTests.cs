using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EscapedEntitiesTests
{
    [Theory]
    [InlineData("AT&amp;T&#8217;s plan", "AT&T\u2019s plan")]
    [InlineData("Like&nbsp;·&nbsp;Reply", "Like\u00a0·\u00a0Reply")]
    public void Whole_entities_are_decoded(string text, string expected) => Assert.Equal(expected, EscapedEntities.Decode(text));

    [Theory]
    [InlineData("R&D spending at AT&T")]
    [InlineData("Fish & chips")]
    public void An_ampersand_that_opens_no_entity_stays(string text) => Assert.Equal(text, EscapedEntities.Decode(text));
}
