using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsTeaserCardCaptionTests
{
    [Fact]
    public void A_teaser_cards_headline_in_its_figcaption_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><article><figure><img src=\"a.jpg\" alt=\"\"><figcaption>Divers lift the hull from the harbour. Credit: Port Authority</figcaption></figure>"
            + "<p>The wreck had lain there since 1911.</p></article>"
            + "<aside><a href=\"/news/other.html\" class=\"news-link\"><article><figure><img src=\"t.jpg\" alt=\"\">"
            + "<figcaption><h5>Old ferry found under the pier</h5><p>2 hours ago</p></figcaption></figure></article></a></aside></body></html>");

        Assert.Equal(["Divers lift the hull from the harbour. Credit: Port Authority"], HtmlCaptions.Read(document));
        Assert.DoesNotContain("Old ferry", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figcaption_with_a_heading_outside_a_link_stays_a_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><img src=\"a.jpg\" alt=\"\"><figcaption><h4>The new bridge</h4><p>Opened on Friday. Photo: Lee Chan</p></figcaption></figure></body></html>");

        Assert.Single(HtmlCaptions.Read(document));
    }
}
