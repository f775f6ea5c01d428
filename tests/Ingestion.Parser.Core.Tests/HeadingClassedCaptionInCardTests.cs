using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A rail card's heading classed as a caption inside the card's link to another story is no caption (TeaserCardCaption's HeadedCardCaption, widened).</summary>
public class HeadingClassedCaptionInCardTests
{
    private static ParsedPage Parse(string rail) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Night ferry returns to the harbour | Harbour Star</title></head><body>
        <article class="story"><header><h1>Night ferry returns to the harbour</h1></header>
        <div class="story-content">
        <section class="photo"><p><img src="/photos/ferry.jpg" alt="ferry"><span class="caption">BACK AGAIN: The night ferry at the north pier [HS]</span></p></section>
        <section class="text-description"><p>The night ferry made its first crossing in three years on Friday, carrying forty passengers to the island.</p>
        <p>The harbour board said the boat would run every weekend until the end of the summer, weather permitting.</p></section>
        </div></article>
        <aside class="rh-side">{{rail}}</aside>
        </body></html>
        """), "night-ferry.html");

    [Fact]
    public void A_heading_classed_as_a_caption_over_a_cards_thumbnail_inside_its_story_link_is_no_caption()
    {
        var page = Parse("""
            <section class="aside single-story"><header><h4 class="section-title"><a href="/harbour">Harbour</a></h4></header>
            <div class="relative"><a class="story" href="/harbour/418023/Pier-lights-switched-on">
            <div class="photo size-300x200"><img class="lazy" src="/img/placeholder.gif" alt="Pier lights"><h4 class="caption">Pier lights switched on for the winter</h4></div>
            <p class="lead">THE pier lights are on again.</p></a></div></section>
            """);

        Assert.Equal(["BACK AGAIN: The night ferry at the north pier [HS]"], page.Captions);
    }

    [Fact]
    public void A_heading_classed_as_a_caption_in_a_link_to_the_pictures_larger_copy_stays_a_caption()
    {
        var page = Parse("""
            <div class="gallery"><a href="/photos/pier-lights-large.jpg">
            <div class="photo"><img src="/photos/pier-lights.jpg" alt="Pier lights"><h4 class="caption">The pier lights seen from the ferry deck</h4></div></a></div>
            """);

        Assert.Contains("The pier lights seen from the ferry deck", page.Captions);
    }
}
