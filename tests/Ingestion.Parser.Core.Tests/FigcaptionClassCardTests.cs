using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FigcaptionClassCardTests
{
    [Fact]
    public void A_span_classed_figcaption_in_a_cards_link_is_the_cards_headline()
    {
        var page = HarborPortalPage.Parse();

        Assert.DoesNotContain("漁港の朝市に三千人", page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("漁港の朝市", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_classed_figcaption_under_a_picture_outside_a_link_stays_its_caption()
    {
        var page = HarborPortalPage.Parse(textEnd: """<div class="figure"><img src="/imgs/zoom/8.jpg"><p class="figcaption">岸壁を離れる高速フェリー</p></div>""");

        Assert.Contains("岸壁を離れる高速フェリー", page.Captions);
    }
}
