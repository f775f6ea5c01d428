using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadedLinkBoxInCaptionLayoutTests
{
    private const string Page = """
        <html><head><title>Harbour ferry dispute drags on | Quay Gossip</title>
        <meta value="Quay Gossip" name="og:site_name"></head><body>
        <div class="box article"><h1><a href="/2016/12/19/ferry-dispute/">Harbour ferry dispute drags on</a></h1>
        <p class="byline">By <a href="/author/ina-vole/">Ina Vole</a></p>
        <div id="featured-image-wrapper"><picture class="featured-image"><img src="http://x.test/ferry.jpg" alt=""></picture>
        <div class="wp-caption-text featured"> The old ferry at the quay <span class="credit">Harbour Photos</span> </div></div>
        <div class="in-line-column wp-caption alignleft"><div id="more-on" class="box module inline tag">
        <div class="tag-header"><h3>More On:</h3><h6><a href="/tag/ferries/">ferries</a></h6></div>
        <h5><a href="/2016/12/07/ferry-owners-sue/">Ferry owners sue the harbour board</a></h5>
        <h5><a href="/2016/11/23/ferry-fares-rise/">Ferry fares rise for the winter</a></h5></div></div>
        <div class="entry-content">
        <p>The quarrel over the old harbour ferry took another turn this week, as the owners said they would move the boat to a yard downriver.</p>
        <p>The harbour board has not answered their letter, and a spokesman said on Monday that he had nothing to add to last month's statement.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void A_related_stories_box_in_a_caption_layout_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Equal(["The old ferry at the quay Harbour Photos"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_caption_box_with_a_picture_stays_a_caption()
    {
        var html = Page.Replace("<h5><a href=\"/2016/11/23/ferry-fares-rise/\">Ferry fares rise for the winter</a></h5>",
            "<img src=\"http://x.test/fares.jpg\">");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(2, page.Captions.Count);
    }

    [Fact]
    public void A_related_stories_box_under_a_partner_modules_logo_is_no_caption_either()
    {
        var html = Page.Replace("<div id=\"more-on\" class=\"box module inline tag\">",
            "<div id=\"partner\" class=\"box module inline\"><div class=\"partner-header\"><h3>First printed by:</h3></div>"
            + "<div class=\"partner-image\"><a href=\"http://quaynews.test\"><img width=\"40\" height=\"28\" src=\"http://x.test/quay-logo.png\" alt=\"logo-quay-news\"></a></div></div>"
            + "<div id=\"more-on\" class=\"box module inline tag\">");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal(["The old ferry at the quay Harbour Photos"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_picture_sized_beyond_a_logo_or_not_sized_keeps_the_box_a_caption()
    {
        foreach (var picture in new[] { "<img width=\"300\" height=\"200\" src=\"http://x.test/fares.jpg\">", "<a href=\"/fares/\"><img src=\"http://x.test/fares.jpg\"></a>" })
        {
            var html = Page.Replace("<h5><a href=\"/2016/11/23/ferry-fares-rise/\">Ferry fares rise for the winter</a></h5>", picture);
            var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
            Assert.Equal(2, page.Captions.Count);
        }
    }
}
