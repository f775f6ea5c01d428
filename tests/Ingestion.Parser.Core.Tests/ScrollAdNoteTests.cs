using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ScrollAdNoteTests
{
    [Theory]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("Scroll to continue with content")]
    public void The_note_under_an_in_text_scroll_ad_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    [InlineData("Scroll down to the timetable below to see when the last ferry leaves the harbour.")]
    [InlineData("Continue with content from the council's report, the harbour master told the board.")]
    public void A_sentence_that_asks_the_reader_to_scroll_is_text(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void The_scroll_ad_note_between_two_paragraphs_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry fares rise in May</title></head><body><h1>Ferry fares rise in May</h1>
            <div class="detail__body-text"><p>The harbour board voted on Tuesday to raise ferry fares by a tenth from the first of May, its chair said.</p>
            <div class="scrollpage"><p class="ad_note">ADVERTISEMENT</p><div class="ad-slot"></div><p class="ad_note">SCROLL TO CONTINUE WITH CONTENT</p></div>
            <p>Season tickets will cost the same until the end of the summer, when the board will look at the fares again.</p></div>
            </body></html>
            """), "page.html");
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("SCROLL", StringComparison.Ordinal));
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_scroll_ad_note_in_a_captions_class_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry fares rise in May</title></head><body><h1>Ferry fares rise in May</h1>
            <figure><img src="ferry.jpg" alt="Ferry"><figcaption class="caption">The morning ferry at the east quay. (Photo: Harbour Desk)</figcaption></figure>
            <div class="detail__body-text"><p>The harbour board voted on Tuesday to raise ferry fares by a tenth from the first of May, its chair said.</p>
            <div class="scrollpage"><p class="para_caption">ADVERTISEMENT</p><div class="ad-slot"></div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>
            <p>Season tickets will cost the same until the end of the summer, when the board will look at the fares again.</p></div>
            </body></html>
            """), "page.html");
        Assert.DoesNotContain(page.Captions, caption => caption.Contains("SCROLL", StringComparison.Ordinal));
        Assert.Contains(page.Captions, caption => caption.Contains("morning ferry", StringComparison.Ordinal));
    }
}
