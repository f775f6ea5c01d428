using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PicturefillPlaceholderTests
{
    private const string Page = """
        <html><head><title>Harbour ferry returns for the summer | Example Post</title></head><body>
        <div class="box article"><div class="article-header">
        <h1><a href="/2014/12/18/harbour-ferry/">Harbour ferry returns for the summer</a></h1>
        <p class="byline">By <a href="/author/dana-ruiz/">Dana Ruiz</a></p>
        <p class="byline-date">December 18, 2014 | 11:38pm</p>
        <div id="featured-image-wrapper">
        <a class="modal-trigger" href="http://x.test/ferry.jpg" title="Expand Image">Modal Trigger</a>
        <div class="featured-image" data-picture data-alt="Harbour ferry returns for the summer">
        <div data-src="http://x.test/ferry.jpg?w=600"></div>
        <div data-src="http://x.test/ferry.jpg?w=720" data-media="(min-width: 640px)"></div>
        </div>
        <div class="wp-caption-text featured"><span class="credit">Photo: Harbour Pictures</span></div>
        </div>
        <div class="entry-content"><p>The old ferry came back to the harbour on Thursday after a long winter in the yard, and half the town turned out to see it.</p>
        <p>Its captain said the first crossing went well, and that the boat would run every hour from next week until the autumn.</p></div>
        </div></div></body></html>
        """;

    [Fact]
    public void A_credit_under_a_script_filled_picture_in_the_story_header_is_its_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["Photo: Harbour Pictures"], page.Captions);
    }

    [Fact]
    public void A_caption_classed_title_in_a_header_without_any_picture_stays_no_caption()
    {
        var html = Page.Replace("data-picture data-alt=\"Harbour ferry returns for the summer\"", "data-alt=\"Harbour ferry returns for the summer\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Empty(page.Captions);
    }
}
