using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class VideoFigureCaptionTests
{
    private const string Page = """
        <html><head><title>Harbour board orders two new ferries - Harbour Coast</title></head><body>
        <main><article class="story"><header class="lede"><h1>Harbour board orders two new ferries</h1>
        <div class="byline">By Mara Quist</div>
        <figure class="standard-video inline-media"><div class="video-player"><div class="background-image" style="background-image: url(http://harbourcoast.test/poster.jpg);"></div></div>
        <figcaption class="inline-media__info"><div class="inline-media__caption">Harbour Talks: Ferries and Fares</div></figcaption></figure></header>
        <section class="article-body">
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <figure class="inline-image"><img src="http://harbourcoast.test/ferry.jpg" alt=""><figcaption>The old ferry at the island pier.</figcaption></figure>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        </section></article></main></body></html>
        """;

    [Fact]
    public void A_video_figures_clip_title_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal(["The old ferry at the island pier."], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Harbour Talks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_video_classed_figure_holding_a_picture_keeps_its_caption()
    {
        var html = Page.Replace("<div class=\"background-image\" style=\"background-image: url(http://harbourcoast.test/poster.jpg);\"></div>", "<img src=\"http://harbourcoast.test/poster.jpg\" alt=\"\">");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Contains("Harbour Talks: Ferries and Fares", page.Captions);
    }

    [Fact]
    public void A_sentence_crediting_the_clip_stays_a_caption()
    {
        var html = Page.Replace("<div class=\"inline-media__caption\">Harbour Talks: Ferries and Fares</div>", "<div class=\"inline-media__caption\">Video shot and edited by Tess Varga.</div>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Contains("Video shot and edited by Tess Varga.", page.Captions);
    }
}
