using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleSeparatorTests
{
    [Theory]
    [InlineData(" | Harbour Law", true)]
    [InlineData(" – Lokales", true)]
    [InlineData(" › Kurier", true)]
    [InlineData(" « Le blog", true)]
    [InlineData(" • Site", true)]
    [InlineData(" : Site", true)]
    [InlineData("", false)]
    [InlineData("| Harbour Law", false)]
    [InlineData(" and more", false)]
    [InlineData(" / Site", false)]
    public void A_spaced_mark_opens_the_site_part_of_a_title(string rest, bool opens)
    {
        Assert.Equal(opens, TitleSeparator.Opens(rest));
    }

    [Theory]
    [InlineData("Debt Recovery Across Borders |", true)]
    [InlineData("Debt Recovery Across Borders ·", true)]
    [InlineData("Debt Recovery Across Borders", false)]
    [InlineData("Debt Recovery Across Borders|", false)]
    public void A_spaced_mark_ends_the_headline_part_before_a_site(string before, bool ends)
    {
        Assert.Equal(ends, TitleSeparator.Ends(before));
    }

    // The rules that cut a title at its separator once each knew their own marks; a template's "‹" or "«" was read by some.
    [Theory]
    [InlineData("Debt Recovery Across Borders ‹ Harbour Law")]
    [InlineData("Debt Recovery Across Borders « Harbour Law")]
    [InlineData("Debt Recovery Across Borders • Harbour Law")]
    public void Every_rule_reads_the_same_marks(string title)
    {
        Assert.Equal("Debt Recovery Across Borders", CapitalsHeadlineOfSuffixedTitle.Headline(title, "DEBT RECOVERY ACROSS BORDERS"));
        Assert.Equal("Debt Recovery Across Borders", SiteSuffixedShareTitle.Headline(title, "Harbour Law"));
    }
}
