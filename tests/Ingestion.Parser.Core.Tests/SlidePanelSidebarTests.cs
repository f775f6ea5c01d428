using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlidePanelSidebarTests
{
    private const string Page = """
        <html><head><title>Nine harbour people making their mark in March | Quay News</title>
        <meta property="og:site_name" content="Quay News"></head><body>
        <div id="main"><div class="carousel_wrapper"><div class="jcarousel"><ul>
        <li class="carousel_item"><div class="slide_content"><img src="http://x.test/one.jpg"><br></div>
        <div class="slide-sidebar"><div class="slide-info"><div class="slide-info-description">
        <p><strong>ORLA VANCE</strong></p><p><strong>Hired:</strong> Harbour Ferry Company; Deck Officer</p>
        <p>Vance has sailed the harbour ferries for eleven years and served as mate on the night crossing before joining the company's own crew this spring.</p>
        </div></div></div></li>
        <li class="carousel_item"><div class="slide_content"><img src="http://x.test/two.jpg"><br></div>
        <div class="slide-sidebar"><div class="slide-info"><div class="slide-info-description">
        <p><strong>PIET KORNELL</strong></p><p><strong>Promoted:</strong> Quay Boatyard; Yard Manager</p>
        <p>Kornell started at the boatyard as an apprentice joiner and has run its repair shed for the last six winters, overseeing the ferry refits.</p>
        </div></div></div></li>
        </ul></div></div>
        <div id="article"><div class="social_simple"><a href="#">Share</a></div></div>
        <aside class="sidebar"><h2>Most Read</h2><p>Ferry fares rise for the winter months on every crossing of the harbour</p></aside>
        </div></body></html>
        """;

    [Fact]
    public void A_sidebar_classed_panel_inside_a_carousels_slide_is_that_slides_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "slides.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Vance has sailed", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Kornell started", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Ferry fares rise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sidebar_in_a_list_item_of_another_kind_stays_furniture()
    {
        var html = Page.Replace("class=\"carousel_item\"", "class=\"module_item\"");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "slides.html");
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Vance has sailed", StringComparison.Ordinal));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Kornell started", StringComparison.Ordinal));
    }
}
