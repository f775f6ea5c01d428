using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BilingualLabelTests
{
    [Theory]
    [InlineData("Commentaires / Comments (4)", "Comments (4)")]
    [InlineData("Mots-clés / Tags: Riviere-Dorion, City Council", "Tags: Riviere-Dorion, City Council")]
    [InlineData("The council voted 9-1 / the mayor said nothing.", null)]
    [InlineData("Page 1 / 3", null)]
    [InlineData("Council approves the plan, and the mayor is pleased / relieved", null)]
    public void The_second_half_follows_a_short_label(string line, string? half) =>
        Assert.Equal(half, BilingualLabel.SecondHalf(line));

    [Fact]
    public void A_bilingual_count_heading_declares_its_count()
    {
        Assert.Equal(4, CommentHeadings.DeclaredCount("Commentaires / Comments (4)"));
        Assert.Null(CommentHeadings.DeclaredCount("Nouvelles / News"));
    }

    [Fact]
    public void A_bilingual_tags_line_lists_its_tags()
    {
        Assert.Equal(["Riviere-Dorion", "City Council", "Infrastructure"], TagLineParser.TryRead("Mots-clés / Tags: Riviere-Dorion, City Council, Infrastructure"));
        Assert.Null(TagLineParser.TryRead("Accueil / Home"));
    }
}
