using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacerBeforeCreditTests
{
    private static ParsedPage Parse(string between) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Ferry Returns | Harbour Post</title><meta property="og:site_name" content="Harbour Post"></head><body>
        <section class="splash-header"><section class="lede-feature">
        <div class="lede-feature-text"><h1 class="lede-feature-title">The Long Way Back</h1><p class="lede-feature-teaser">How the island ferry came home.</p>
        <span class="lede-feature-authors"><span>By</span> <span class="author-name"><a href="/author/marta-olsen/" rel="author">Marta Olsen</a></span></span></div>
        <div class="lede-feature-image-wrap" itemscope itemtype="http://schema.org/ImageObject">
        <img class="img-data" src="https://img.example/ferry.jpg" alt="">
        <div class="attribution"><span class="caption">The ferry at the pier.</span>{{between}}<cite class="credit">Photo: Lena Park/Agency</cite></div>
        </div></section></section>
        <section class="wrapper"><article class="article"><header><h1 class="headline-primary">Ferry Returns</h1><time datetime="2016-09-02T06:30:00-04:00">Sept. 2, 2016</time></header>
        <div class="article-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        <div class="mediaplay-image"><figure><div class="image-wrapper"><img src="https://img.example/pier.jpg" alt=""></div><figcaption class="attribution">The harbour master. <cite class="credit">Photo: Tom Hale</cite></figcaption></figure></div>
        <p>Crews worked through the night to clear the slipway of the branches and sand that the storm had left across it.</p>
        </div></article></section></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("<span class=\"buffer\"></span>")]
    [InlineData("<span class=\"spacer\"> </span><div class=\"rule\"></div>")]
    public void A_credit_past_an_empty_spacer_joins_its_caption(string spacer)
    {
        var page = Parse(spacer);
        Assert.Equal(["The ferry at the pier. Photo: Lena Park/Agency", "The harbour master. Photo: Tom Hale"], page.Captions);
    }

    [Fact]
    public void An_element_that_shows_text_still_ends_the_caption()
    {
        var page = Parse("<span class=\"count\">1 of 4</span>");
        Assert.DoesNotContain("The ferry at the pier. Photo: Lena Park/Agency", page.Captions);
        Assert.Contains("The ferry at the pier.", page.Captions);
    }
}
