using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A picture viewer's "View full size image" link under a table-set picture is neither caption nor paragraph (ViewerLinkOutsideCaption).</summary>
public class ViewerLinkOutsideCaptionTests
{
    private static ParsedPage Parse(string linkText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Harbour seals return to the north mudflats</title>
        <meta property="og:site_name" content="Harbour Nature"></head><body>
        <div class="left_content"><h1>Harbour seals return to the north mudflats</h1>
        <div class="by_line_date">by Lena Hansen, Staff Writer | March 3, 2015 09:15am ET</div>
        <div class="content">
        <span style="float:left;"><table><tr><td><img src="/seal.jpg" alt="seal"></td></tr>
        <tr><td>A young seal rests on the north mudflats at low tide.<br>
        <span style="float:left;">Credit: Jon Berg/Harbour Trust</span>
        <span style="float:left;"><div><a class="make_big" href="javascript:void(0);">{{linkText}}</a></div></span></td></tr></table></span>
        <p>Harbour seals have come back to the north mudflats for the first time in eleven years, the harbour trust said on Monday.</p>
        <p>Volunteers counted 34 seals on the flats at low tide last week, among them six pups born this winter.</p>
        <div class="article_img_right"><div><img src="/flats.jpg" alt="flats"></div><div><div>The mudflats at dawn.<br>
        <span style="float:left;">Credit: Harbour Trust</span><div><a class="make_big" href="javascript:void(0);">{{linkText}}</a></div></div></div></div>
        <p>The trust asks walkers to keep their dogs on a lead between the old pier and the sluice until the end of May.</p>
        <p>The seals were last seen there in large numbers before the channel was dredged in 2004.</p>
        </div></div></body></html>
        """), "seals.html");

    [Fact]
    public void The_viewer_link_is_no_caption_word_and_no_paragraph()
    {
        var page = Parse("View full size image");
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("View full size", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Captions, caption => caption.Contains("View full size", StringComparison.Ordinal));
        Assert.Contains(page.Captions, caption => caption.StartsWith("A young seal rests", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_of_other_words_stays_in_the_caption()
    {
        var page = Parse("More seal pictures from the trust");
        Assert.Contains(page.Captions, caption => caption.Contains("More seal pictures from the trust", StringComparison.Ordinal)
            || page.BodyParagraphs.Any(paragraph => paragraph.Contains("More seal pictures", StringComparison.Ordinal)));
    }
}
