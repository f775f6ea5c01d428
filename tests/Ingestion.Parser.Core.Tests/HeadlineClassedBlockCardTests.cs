using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineClassedBlockCardTests
{
    private static ParsedPage Parse(string card) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>The ferryman's daughter takes the wheel</title></head><body>
        <h1>The ferryman's daughter takes the wheel</h1>
        <div class="article-body">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        {card}
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        <p>The council has promised a new boat by next spring, but Quell says she will miss the creak of the old one when it goes.</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_linked_card_whose_headline_is_a_heading_classed_block_is_no_text()
    {
        var page = Parse("""
            <div class="padded inline-article"> <a href="/coast/2017/01/pilot-boats"> <div class="media"> <div class="media-img"><img src="/pilot.jpg" alt=""></div>
            <div class="media-body"> <div class="heading-list secondary-text">Coast</div> <div class="tile-heading">Pilot boats: the yard that still builds them by hand</div> </div> </div> </a> </div>
            """);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Pilot boats", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_picture_with_a_plain_caption_block_is_no_card()
    {
        var page = Parse("""
            <div class="photo"> <a href="/photos/quay.jpg"><img src="/quay.jpg" alt=""><div class="note">The quay at low tide, where the old boat waits for the first crossing of the day.</div></a> </div>
            """);
        Assert.Contains(page.BodyParagraphs.Concat(page.Captions), line => line.Contains("The quay at low tide", StringComparison.Ordinal));
    }
}
