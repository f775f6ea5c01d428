using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkWordsCaptionTests
{
    private static ParsedPage Parse(string rail) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>The ferryman's daughter takes the wheel</title></head><body>
        <article>
        <h1>The ferryman's daughter takes the wheel</h1>
        <aside class="region">{{rail}}</aside>
        <div class="article-body">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        <figure><img src="/img/quell-wheel.jpg" alt=""><figcaption>Marta Quell at the wheel of the old ferry.</figcaption></figure>
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_card_caption_of_a_headline_link_and_share_buttons_is_no_caption()
    {
        var page = Parse("""
            <figure><div class="video-push"><a class="thumb" href="/videos/4411-old-ferries-of-the-estuary/"><img src="/img/old-ferries.jpg"></a></div>
            <figcaption><span class="title"><a href="/videos/4411-old-ferries-of-the-estuary/">Old ferries of the estuary, in pictures</a></span>
            <div class="mt-1"><button class="share-button" type="button">Share</button></div>
            <div class="share-layer"><button class="cross-close">CLOSE</button><ul><li><a href="#" class="fb_share"><i class="icon-fb"></i></a></li></ul></div>
            </figcaption></figure>
            """);
        Assert.Equal(["Marta Quell at the wheel of the old ferry."], page.Captions);
    }

    [Fact]
    public void A_caption_listing_the_people_a_portrait_links_to_is_no_caption()
    {
        var page = Parse("""
            <section><h2>In this story</h2><figure><a href="/people/512-quell-marta/"><img src="/img/marta-quell.jpg"></a>
            <figcaption><ul><li><a href="/people/512-quell-marta/">Marta Quell</a></li><li><a href="/people/77-quell-tomas/">Tomas Quell</a></li></ul></figcaption>
            </figure></section>
            """);
        Assert.Equal(["Marta Quell at the wheel of the old ferry."], page.Captions);
    }

    [Fact]
    public void A_caption_with_words_of_its_own_beside_the_link_stays()
    {
        var page = Parse("""
            <figure><a href="/photos/2016/old-ferry/"><img src="/img/old-ferry.jpg"></a>
            <figcaption>The old ferry in 1962. <a href="/photos/2016/old-ferry/">More pictures</a></figcaption></figure>
            """);
        Assert.Contains("The old ferry in 1962. More pictures", page.Captions);
    }
}
