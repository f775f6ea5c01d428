using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AbbreviatedCaptionClassTests
{
    [Fact]
    public void A_span_classed_with_the_vowelless_caption_word_is_the_lead_pictures_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry back in service | Harbour Post</title></head><body>
            <div class="story"><h1 class="hd">Ferry back in service after two days in port</h1>
            <div class="byline"><a href="/reporter/marta-olsen">Marta Olsen</a> | Updated: Oct 9, 2019, 11:05 IST</div>
            <section class="lead"><div class="video_blk"><img alt="Ferry returns" src="/photo/ferry.gif"></div></section>
            <span class="_3sX img_cptn">File photo of the island ferry at the north pier. (Agency)</span>
            <div class="text">PORT TOWN: The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay. <br>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free on any later sailing. <br>Harbour staff said the pier had taken no damage and the fuel barge would call on Thursday as planned.</div>
            </div></body></html>
            """), "ferry.html");

        Assert.Equal(["File photo of the island ferry at the north pier. (Agency)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("File photo", StringComparison.Ordinal));
    }
}
