using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>ColonSectionTrail, on a magazine blog post (<see cref="MagazineBlogPostPage"/>).</summary>
public class ColonSectionTrailTests
{
    private static ParsedPage Parse(string shareTitle = "How to Pack a Ferry Bag: The Harbour Eye: Harbour on Style: Harbour",
        string authorMeta = "Harbour Magazine", string stamp = "2009-09-02T00:00:00-04:00") =>
        MagazineBlogPostPage.Parse(shareTitle, authorMeta, stamp);

    [Fact]
    public void The_colon_trail_ending_with_the_site_leaves_the_headline_the_heading_shows()
    {
        Assert.Equal("How to Pack a Ferry Bag", Parse().Title);
    }

    [Fact]
    public void A_colon_title_not_ending_with_the_site_is_not_cut()
    {
        Assert.Equal("How to Pack a Ferry Bag: A Guide", Parse(shareTitle: "How to Pack a Ferry Bag: A Guide").Title);
    }
}
