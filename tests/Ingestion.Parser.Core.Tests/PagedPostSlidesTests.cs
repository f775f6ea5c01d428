using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PagedPostSlidesTests
{
    private static ParsedPage Parse(string slides) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html> <html lang="en-US"> <head> <meta charset="utf-8">
        <title>Seals seen stealing herring from the night nets | Tidewatch</title>
        <meta content="Tidewatch" property="og:site_name"></head> <body>
        <article class="post type-post"> <header><h1 class="entry-title">Seals seen stealing herring from the night nets</h1>
        <div class="cb-byline"><div class="cb-author"><a href="/author/ivo/">Ivo</a></div>
        <div class="cb-date"><time class="updated" datetime="2016-12-23">December 23, 2016</time></div></div></header>
        <section class="entry-content">{{slides}}</section></article></body></html>
        """), "seals.html");

    [Fact]
    public void A_paging_plugin_slides_box_holding_the_text_is_the_post()
    {
        var page = Parse("""
            <div id="tps_slideContainer_12" class="theiaPostSlider_slides"><div>
            <p>Researchers watching the herring boats off the northern point have filmed grey seals pulling fish from the nets at night.</p>
            <p>In the film a young seal takes four fish from the net, though the animals are often caught in the mesh for their trouble.</p>
            <p>The crews say the losses have doubled since the spring, and the fisheries office has begun counting the seals at the point.</p>
            <p>Previously, the office wrote, nobody knew whether the seals followed the boats or simply waited at the nets.</p>
            </div></div>
            """);

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Researchers watching", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_slider_of_labels_under_the_text_stays_out()
    {
        var page = Parse("""
            <p>Researchers watching the herring boats off the northern point have filmed grey seals pulling fish from the nets at night.</p>
            <p>In the film a young seal takes four fish from the net, though the animals are often caught in the mesh for their trouble.</p>
            <div class="elementor-slides"><div class="slick-slide"><p>North Point</p></div><div class="slick-slide"><p>Night Nets</p></div></div>
            """);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("North Point", page.BodyParagraphs);
    }
}
