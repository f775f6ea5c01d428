using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A page builder's slider under a review's text ("div.elementor-slides" of slides, each a background picture and its
/// short label) gives no paragraphs: the labels name pictures the text cannot show.
/// </summary>
public class SliderLabelsBoxTests
{
    [Fact]
    public void A_sliders_picture_labels_are_no_paragraphs()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>2031 Granite Touring Kayak – PADDLE NOTES</title></head><body>
            <article><h1 class="entry-title">2031 Granite Touring Kayak</h1>
            <div class="entry-content">
            <p>The Granite is the widest touring kayak the workshop has built, and it still tracks straight in a cross wind on open water.</p>
            <p>We paddled it for three weeks on the lake and along the coast, loaded and empty, and it never felt slow or heavy to turn.</p>
            <h2>Hull Pictures:</h2>
            <div class="elementor-widget-slides"><div class="elementor-slides-wrapper elementor-slick-slider" dir="ltr"><div class="elementor-slides slick-arrows-inside">
            <div class="elementor-repeater-item-0 slick-slide"><div class="slick-slide-bg"></div><div class="slick-slide-inner"><div class="elementor-slide-content"><div class="elementor-slide-description">Full Hull</div></div></div></div>
            <div class="elementor-repeater-item-1 slick-slide"><div class="slick-slide-bg"></div><div class="slick-slide-inner"><div class="elementor-slide-content"><div class="elementor-slide-description">Bow Profile</div></div></div></div>
            <div class="elementor-repeater-item-2 slick-slide"><div class="slick-slide-bg"></div><div class="slick-slide-inner"><div class="elementor-slide-content"><div class="elementor-slide-description">Stern Profile</div></div></div></div>
            <div class="elementor-repeater-item-3 slick-slide"><div class="slick-slide-bg"></div><div class="slick-slide-inner"><div class="elementor-slide-content"><div class="elementor-slide-description">Deck</div></div></div></div>
            <div class="elementor-repeater-item-4 slick-slide"><div class="slick-slide-bg"></div><div class="slick-slide-inner"><div class="elementor-slide-content"><div class="elementor-slide-description">Keel</div></div></div></div>
            </div></div></div>
            </div></article></body></html>
            """), "review.html");

        Assert.DoesNotContain("Full Hull", page.BodyParagraphs);
        Assert.DoesNotContain("Bow Profile", page.BodyParagraphs);
        Assert.Contains("We paddled it for three weeks on the lake and along the coast, loaded and empty, and it never felt slow or heavy to turn.", page.BodyParagraphs);
    }
}
