using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserHeadlineInSameLinkTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Ferry Captain -- Harbour Board Says No | HARBOR</title>
        <meta value="HARBOR" name="og:site_name"></head><body>
        <div class="featured-stories-widget"><div class="teaser-banner-image news 1">{{card}}</div></div>
        <div id="page"><article class="news single"><h1>Ferry Captain -- Harbour Board Says No</h1>
        <h5 class="article-posted-date">11/28/2016 11:00 AM PST</h5>
        <div class="all-post-body article-content">
        <p>The ferry captain asked the harbour board to let the night boat run until midnight, and the board said no on Tuesday.</p>
        <p>The captain says the late crossing carried more than two hundred riders a week during the summer season last year.</p>
        </div></article></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_headline_under_the_thumbnail_inside_one_link_to_another_story_is_no_caption()
    {
        var page = Parse("""<a href="http://harbor.example/2016/11/28/lighthouse-keeper-retires/"><img src="/i/keeper-210x120.jpg" alt="Lighthouse Keeper -- One Last Night ... Lights Out"><div class="teaser-banner-title"><span>Lighthouse Keeper -- One Last Night ... Lights Out</span></div></a>""");
        Assert.Empty(page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Lighthouse Keeper", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_inside_a_link_to_the_pictures_own_file_stays()
    {
        var page = Parse("""<a href="/i/keeper-large.jpg"><img src="/i/keeper-210x120.jpg"><div class="pic-note">The keeper on the gallery of the lighthouse, 2016. (Photo: Ana Ruiz/Harbor)</div></a>""");
        Assert.Contains(page.Captions, caption => caption.Contains("Ana Ruiz", StringComparison.Ordinal));
    }
}
