using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureParagraphOverCaptionTests
{
    private static ParsedPage Parse(string secondFile) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>A typeface redrawn for small screens | Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <main><article class="article-detail"><header><h1 class="post-title">A typeface redrawn for small screens</h1>
        <p class="post-credit">TEXT BY MARTA OLSEN</p></header>
        <p><img src="/theme/p.gif" data-original="/uploads/2019/04/device.jpg" alt="device" class="lazy"><noscript><img src="/uploads/2019/04/device.jpg" alt="device"></noscript></p><p class="caption">PHOTOGRAPH COURTESY OF ACME TYPE</p>
        <p>The foundry spent two years redrawing every letter of the old typeface so that it reads as well on a watch as on a poster.</p>
        <p><img src="/theme/p.gif" data-original="/uploads/2019/04/sizes.jpg" alt="sizes" class="lazy"><noscript><img src="/uploads/2019/04/sizes.jpg" alt="sizes"></noscript></p><p class="caption">IMAGE COURTESY OF ACME TYPE</p>
        <p>Three cuts now exist, one for tiny sizes, one for body text and one for headlines, each spaced for its own use.</p>
        <p><img src="/theme/p.gif" data-original="/uploads/2019/04/{{secondFile}}" alt="letters" class="lazy"><noscript><img src="/uploads/2019/04/{{secondFile}}" alt="letters"></noscript></p><p class="caption">IMAGE COURTESY OF ACME TYPE</p>
        <p>The designers also brought back an older form of two capitals that the digital versions had lost over the years.</p>
        </article></main></body></html>
        """), "typeface.html");

    [Fact]
    public void The_same_credit_under_another_lazily_loaded_picture_is_an_entry_of_its_own()
    {
        var page = Parse("letters.jpg");
        Assert.Equal(["PHOTOGRAPH COURTESY OF ACME TYPE", "IMAGE COURTESY OF ACME TYPE", "IMAGE COURTESY OF ACME TYPE"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_same_credit_under_the_same_picture_again_stays_one_entry()
    {
        var page = Parse("sizes.jpg");
        Assert.Equal(["PHOTOGRAPH COURTESY OF ACME TYPE", "IMAGE COURTESY OF ACME TYPE"], page.Captions);
    }
}
