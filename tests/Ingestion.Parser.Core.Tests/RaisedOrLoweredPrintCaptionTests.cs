using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RaisedOrLoweredPrintCaptionTests
{
    private static ParsedPage Parse(string pictureParagraph) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry search: latest - Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <div class="story"><h1>Ferry search: latest</h1>
        <p class="bylineBody">By Marta Olsen</p>
        <div id="mainBodyArea">
        <p><strong>16.05 </strong>Divers went back into the water off the north pier this afternoon as the wind dropped for the first time in two days.</p>
        {{pictureParagraph}}
        <p><strong>15.20 </strong>The harbour master said the search would go on through the night with floodlights on both breakwaters and two lifeboats.</p>
        </div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void Lowered_print_closing_the_pictures_paragraph_is_its_caption()
    {
        var page = Parse("""<p><img src="/images/divers.jpg"> <sub>Divers check their gear on the quay before the afternoon search </sub></p>""");
        Assert.Equal(["Divers check their gear on the quay before the afternoon search"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("Divers check", StringComparison.Ordinal));
    }

    [Fact]
    public void Raised_print_past_a_line_break_is_its_caption()
    {
        var page = Parse("""<p><img src="/images/relatives.jpg"><br><sup>Relatives of the crew wait at the end of the pier</sup></p>""");
        Assert.Equal(["Relatives of the crew wait at the end of the pier"], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_footnote_mark_after_a_picture_is_no_caption()
    {
        var page = Parse("""<p><img src="/images/chart.png"><sup>1</sup></p>""");
        Assert.Empty(page.Captions);
    }
}
