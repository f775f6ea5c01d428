using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContinuedBelowMarkerTests
{
    private static ParsedPage Parse(string marker) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back - HARBOUR POST</title></head><body>
        <article class="story-main-content"><div class="story-text">
        <h1>Ferry back in service after the storm</h1>
        <p class="byline">By <a href="/staff/marta-olsen" rel="author">Marta Olsen</a></p>
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>{{marker}}
        <div class="story-interrupt"><div class="ad-slot" id="pol-05"> </div></div>
        <p>Harbour staff worked through the night to clear the slipway of the weed and timber the waves had thrown up on Monday.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("""<p class="story-continued">Story Continued Below</p>""")]
    [InlineData("""<p>Article continues below</p>""")]
    public void The_label_over_an_ad_slot_in_the_text_is_no_paragraph(string marker)
    {
        var page = Parse(marker);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("below", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_sentence_that_says_the_story_continues_below_stays()
    {
        var page = Parse("<p>The story of the old ferry continues below the cliffs, where its first pier still stands in the mud.</p>");
        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
