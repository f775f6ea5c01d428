using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NoCaptionClassBoxTests
{
    [Fact]
    public void A_list_items_heading_in_a_box_without_a_caption_is_the_first_paragraph_and_its_credit_a_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry service to the island ends after 60 years - Example News</title></head><body>
            <article><h1>Ferry service to the island ends after 60 years</h1>
            <div class="post_body">
            <div class="list_item list_item_image list_item_wide no_caption" id="item_1">
            <h2>The last ferry to Gull Island left the harbour on Sunday evening with more than 200 passengers on board.</h2>
            <div class="item_content"><img src="ferry.jpg" alt="The last ferry"></div>
            <p class="item_caption_w_attr"><span class="item_source item_attribution attr_no_caption">Harbour Office</span></p>
            </div>
            <div class="list_item list_item_text" id="item_2">
            <p>The service, run by the county since 1962, carried islanders, post and supplies to the mainland twice a day.</p>
            <p>Its operator said falling passenger numbers and the cost of a new boat had made the route impossible to keep.</p>
            </div></div></article>
            </body></html>
            """), "page.html");

        Assert.Equal("The last ferry to Gull Island left the harbour on Sunday evening with more than 200 passengers on board.", page.BodyParagraphs[0]);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(["Harbour Office"], page.Captions);
    }

    [Theory]
    [InlineData("item no_caption")]
    [InlineData("item no-caption")]
    [InlineData("item nocaption")]
    [InlineData("item hasNoCaption")]
    [InlineData("item without-caption")]
    public void A_box_holding_a_picture_whose_class_denies_a_caption_is_none(string classes)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body><div class='{classes}'><h2>Heading</h2><img src='a.jpg'></div></body></html>");

        Assert.True(NoCaptionClassBox.Is(document.QuerySelector("div")!));
    }

    [Theory]
    [InlineData("<div class='item no_caption'><p>Harbour Office</p></div>")]
    [InlineData("<div class='wp-caption no_caption'><img src='a.jpg'><p>Harbour Office</p></div>")]
    [InlineData("<div class='piano_caption'><img src='a.jpg'><p>Harbour Office</p></div>")]
    [InlineData("<div class='casino-caption'><img src='a.jpg'><p>Harbour Office</p></div>")]
    public void A_box_without_a_picture_or_with_a_class_naming_a_caption_stays_a_caption(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + box + "</body></html>");

        Assert.False(NoCaptionClassBox.Is(document.QuerySelector("div")!));
    }

    [Fact]
    public void A_share_row_under_the_text_is_furniture_even_beside_a_no_caption_box()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class='item no_caption'><h2>The last ferry left the harbour on Sunday.</h2><img src='a.jpg'></div>"
            + "<section class='c foot_shares tile_shares'><a href='#'>Tweet</a><a href='#' class='more_shares'>More ▸</a></section>"
            + "<div class='item share no_caption'><img src='b.jpg'><a href='#'>Pin it</a></div></body></html>");
        HtmlFurniture.RemoveNoise(document, []);
        var text = document.Body!.TextContent;

        Assert.Contains("The last ferry left", text, StringComparison.Ordinal);
        Assert.DoesNotContain("More", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pin it", text, StringComparison.Ordinal);
    }
}
