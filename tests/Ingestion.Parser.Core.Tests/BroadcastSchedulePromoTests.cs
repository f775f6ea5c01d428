using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BroadcastSchedulePromoTests
{
    private static ParsedPage Parse(string last) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again this spring - Harbour News</title></head><body>
        <div class="media-player-component" role="main"><div class="media-body">
        <h1 class="media-headline">Ferry fares rise again this spring</h1>
        <div class="media-summary"><p>The harbour ferry will cost more from April, the operator said on Monday.</p><p>Its board met twice to settle the new prices for the crossing.</p>
        <p>{{last}}</p></div>
        </div></div></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("<i>Listen to Harbour Radio </i><a href=\"/live\">live</a><i> at 12:45 and 17:45 weekdays - or listen back </i><a href=\"/episodes\">here</a>.")]
    [InlineData("<i>Watch Quay Tonight live at 7pm or catch up </i><a href=\"/iplayer\">here</a>.")]
    public void A_programmes_schedule_plug_is_no_paragraph(string promo)
    {
        var page = Parse(promo);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_sentence_about_listening_stays()
    {
        const string sentence = "Listen to the recordings, the harbour master said, and you hear the engine fail twice.";
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }
}
