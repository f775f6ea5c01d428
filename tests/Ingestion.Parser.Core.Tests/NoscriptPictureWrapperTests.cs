using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NoscriptPictureWrapperTests
{
    private static ParsedPage Parse(string picture) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>The ferryman's daughter takes the wheel</title></head><body>
        <h1>The ferryman's daughter takes the wheel</h1>
        <div class="article body" itemprop="articleBody">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        {picture}
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        <p>The council has promised a new boat by next spring, but Quell says she will miss the creak of the old one when it goes.</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_credit_under_a_lazy_loaders_box_with_its_picture_in_a_noscript_is_the_caption()
    {
        var page = Parse("""
            <div class="component inline image"><div class="component lazy-image" data-src="/quay.jpg" data-alt=""> <noscript> <img src="/quay.jpg" alt=""> </noscript>
            <div class="image-overlay"><span class="icon icon-pinterest"><a href="https://pinterest.example/pin?media=quay.jpg"></a></span></div></div>
            <div class="credit body-credit">Tomas Brell</div></div>
            """);
        Assert.Equal(["Tomas Brell"], page.Captions);
        Assert.DoesNotContain("Tomas Brell", page.BodyParagraphs);
    }

    [Fact]
    public void A_line_under_a_noscript_box_holding_text_beside_the_picture_is_no_caption()
    {
        var page = Parse("""
            <div class="component inline"><div class="holder"><noscript><img src="/quay.jpg" alt=""></noscript><p>The quay at low tide, where the old boat waits each morning for the first crossing.</p></div>
            <div class="credit">Tomas Brell</div></div>
            """);
        Assert.DoesNotContain("Tomas Brell", page.Captions);
    }
}
