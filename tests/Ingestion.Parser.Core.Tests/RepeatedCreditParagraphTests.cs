using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedCreditParagraphTests
{
    private static ParsedPage Parse(string closing) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>The ferry model that sells out - Harbour News</title></head>
        <body><div class="entry"><h1 class="entry-title">The ferry model that sells out</h1>
        <div id="realEntryBody">
        <p>The kiosk on the town pier started selling a model of the new harbour ferry on Monday, and sold out by noon.</p>
        <figure><img src="https://shop.example/model.jpg"><figcaption>Image: Shop.example</figcaption></figure>
        <p>The model fits in a hand and comes in blue or green, the kiosk's manager said on Tuesday.</p>
        <p>Prices are as of writing and may change, so please check the shop's page before you buy.</p>
        {closing}
        </div></div></body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void A_closing_paragraph_repeating_the_figures_credit_makes_no_caption_of_the_paragraph_above()
    {
        var page = Parse("""<p>Image: Shop.example</p>""");
        Assert.Equal(["Image: Shop.example"], page.Captions);
        Assert.StartsWith("Prices are as of writing", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_credit_of_another_picture_is_left_to_the_caption_readers() =>
        Assert.Contains("Image: Harbour Archive", Parse("""<p>Image: Harbour Archive</p>""").Captions);
}
