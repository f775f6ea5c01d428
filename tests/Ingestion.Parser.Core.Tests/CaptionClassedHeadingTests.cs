using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionClassedHeadingTests
{
    [Fact]
    public void A_heading_classed_as_a_caption_over_a_box_is_no_caption()
    {
        var page = HarborPortalPage.Parse(pickupHeading: """<h2 class="caption">関連ニュース</h2>""");

        Assert.DoesNotContain("関連ニュース", page.Captions);
        Assert.DoesNotContain("最新ニュース", page.Captions);
    }

    [Fact]
    public void A_heading_classed_as_a_caption_right_under_a_picture_stays_its_caption()
    {
        var page = HarborPortalPage.Parse(textEnd: """<div class="photo"><img src="/imgs/zoom/9.jpg"></div><h3 class="caption">防波堤から見た新しい船</h3>""");

        Assert.Contains("防波堤から見た新しい船", page.Captions);
    }
}
