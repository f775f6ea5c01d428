using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryCaptionPlaceholdersTests
{
    private static ParsedPage Parse(string slides) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Captains answer: how do you cross the bay in winter? | Harbour Post</title></head><body>
        <section class="story"><div id="story-header"><p class="published-date"> January 9, 2017 7:00 AM </p>
        <h1 class="title"> Captains answer: how do you cross the bay in winter? </h1></div>
        <div class="story-gallery"><div class="slick-gallery">
        {{slides}}
        </div>
        <div class="gallery-counter"><span class="current-slide-number">1</span> of 2</div>
        <div class="caption-toggle">i</div> <div class="current-caption"></div></div>
        <div id="story-body">
        <p>This week's question: how do you cross the bay when the winter storms close the harbour mouth for days at a time?</p>
        <p>We keep the small boats in until the swell drops, and the ferry runs only the inner route past the breakwater.</p>
        </div></section></body></html>
        """), "captains.html");

    [Fact]
    public void A_lone_full_stop_in_the_credit_field_and_the_toggle_glyph_are_no_caption()
    {
        var page = Parse("""
            <div class="gallery-item image"><img alt="MARTA OLSEN runs the island ferry."> <div class="caption"> <span class="caption-text"> MARTA OLSEN runs the island ferry. </span> <span class="photographer">.</span> </div></div>
            <div class="gallery-item image"><img alt="Boats in the harbour."> <div class="caption"> <span class="caption-text"> Boats in the harbour. </span> <span class="photographer">Tom Hale</span> </div></div>
            """);
        Assert.Equal(["MARTA OLSEN runs the island ferry.", "Boats in the harbour. Tom Hale"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_caption_of_words_and_a_short_credit_stay_whole()
    {
        var page = Parse("""
            <div class="gallery-item image"><img alt="The harbour at dawn."> <div class="caption"> <span class="caption-text"> The harbour at dawn. </span> <span class="photographer">AP</span> </div></div>
            """);
        Assert.Equal(["The harbour at dawn. AP"], page.Captions);
    }
}
