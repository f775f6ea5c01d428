using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingCountBadgeTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Comments\n0\nAdd a comment", 0)]
    [InlineData("Comments\n1,204\nLog in", 1204)]
    public void A_bare_number_right_under_a_bare_heading_is_the_count(string text, int count) =>
        Assert.Equal(count, HeadingCountBadge.Read(Lines(text), 0));

    [Theory]
    [InlineData("Comments\n\n0")]
    [InlineData("Comments\nGreat piece, thanks.")]
    [InlineData("Comments\n555-0188")]
    [InlineData("Reader story\n12")]
    public void Another_line_or_a_gap_gives_no_count(string text) => Assert.Null(HeadingCountBadge.Read(Lines(text), 0));
}
