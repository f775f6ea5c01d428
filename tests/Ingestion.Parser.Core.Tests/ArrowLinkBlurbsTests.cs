using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class ArrowLinkBlurbsTests
{
    [Fact]
    public void A_run_of_arrow_links_with_blurbs_is_furniture()
    {
        var lines = new PageLines(TextLine.Split("The text ends here.\n\nTablets >\nApps and E-Editions\nMobile >\nGet news on the go"));
        Assert.False(ArrowLinkBlurbs.Has(lines, 0, lines.Count));
        Assert.True(ArrowLinkBlurbs.Has(lines, 3, lines.Count));
    }

    [Fact]
    public void One_arrow_link_leaves_its_neighbours_alone()
    {
        var lines = new PageLines(TextLine.Split("A subheading\nContinue reading >"));
        Assert.False(ArrowLinkBlurbs.Has(lines, 0, lines.Count));
    }
}
