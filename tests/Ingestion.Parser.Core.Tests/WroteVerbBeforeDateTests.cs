using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WroteVerbBeforeDateTests
{
    [Theory]
    [InlineData("Geir M. skrev", "Geir M.")]
    [InlineData("nordlicht schrieb", "nordlicht")]
    [InlineData("Jan K. napisał", "Jan K.")]
    [InlineData("Karl Wrote", "Karl")]
    public void The_verb_ending_the_name_is_dropped(string name, string expected) =>
        Assert.Equal(expected, WroteVerbBeforeDate.Without(name));

    [Theory]
    [InlineData("Geir Skrevik")]
    [InlineData("skrev")]
    [InlineData("Anna Berg")]
    public void A_name_not_ending_in_the_verb_stays_whole(string name) =>
        Assert.Equal(name, WroteVerbBeforeDate.Without(name));

    [Fact]
    public void The_header_with_the_verb_before_its_date_names_the_commenter_and_time()
    {
        Assert.True(CommentLine.TryReadAuthor("Geir M. skrev 26.09.2013 kl. 18:12:", out var author, out var time, out _));
        Assert.Equal("Geir M.", author);
        Assert.Equal("2013-09-26T18:12:00", time?.ToIso());
    }
}
