using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhotoBylineUnderPictureTests
{
    private static string? Read(string below)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><span class=\"photo-large\"><a href=\"/big.jpg\"><img src=\"a.jpg\"></a>" + below + "</span></body></html>");
        return PhotoBylineUnderPicture.Read(document.QuerySelector("a")!.NextElementSibling!, PhotoBylineUnderPicture.Boxes(document));
    }

    [Theory]
    [InlineData("<span class=\"photo-data\"><span class=\"byline\">Harbour Press</span></span>", "Harbour Press")]
    [InlineData("<div class=\"image-meta\"><span class=\"photo-byline\"> Dana Ruiz / The Ledger </span></div>", "Dana Ruiz / The Ledger")]
    public void The_photos_byline_in_the_photos_box_under_the_picture_is_its_credit(string below, string credit) => Assert.Equal(credit, Read(below));

    [Theory]
    // A box not named for the photo: a card's byline under its thumbnail names the card story's writer.
    [InlineData("<div class=\"card-meta\"><span class=\"byline\">Dana Ruiz</span></div>")]
    // The byline beside other text in the photo's box: a caption box, read by the caption rules.
    [InlineData("<span class=\"photo-data\">Ferry at dawn <span class=\"byline\">Harbour Press</span></span>")]
    // A box named for the photo whose one child is no byline.
    [InlineData("<span class=\"photo-data\"><span class=\"size\">1200 x 800</span></span>")]
    public void Other_boxes_under_a_picture_are_none(string below) => Assert.Null(Read(below));

    [Fact]
    public void A_byline_that_closes_a_caption_in_the_same_box_is_no_lone_photo_byline()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><span class=\"photo-small\"><a href=\"/big.jpg\"><img src=\"a.jpg\"></a><span class=\"photo-data\"><span class=\"caption\">Dana Ruiz</span><span class=\"byline\">County Jail</span></span></span></body></html>");
        var boxes = PhotoBylineUnderPicture.Boxes(document);
        var box = document.QuerySelector(".photo-data")!;
        document.QuerySelector(".caption")!.Remove();

        Assert.Null(PhotoBylineUnderPicture.Read(box, boxes));
    }

    [Fact]
    public void A_story_page_takes_each_pictures_byline_as_a_caption_and_keeps_it_out_of_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Best harbour reads of the year</title>
            <meta property="og:title" content="Best harbour reads of the year" />
            <meta name="author" content="Mara Quill" /></head><body>
            <h1>Best harbour reads of the year</h1>
            <div class="entry-content">
            <div class="entry_widget"><span class="photo-large"><a href="/tide.jpg"><img src="/tide.jpg" alt="tide.jpg"></a><span class="photo-data"><span class="byline">Harbour Press</span></span></span></div>
            <p>The tide tables for the north shore were reprinted this spring with a new chapter on the old ferry landings and the families who kept them.</p>
            <div class="entry_widget"><span class="photo-large"><a href="/gull.jpg"><img src="/gull.jpg" alt="gull.jpg"></a><span class="photo-data"><span class="byline">Quayside Books</span></span></span></div>
            <p>A gull's diary follows one bird from the breakwater to the fish market and back, and is funnier than any diary written by a person this year.</p>
            </div></body></html>
            """), "page.html");

        Assert.Equal(["Harbour Press", "Quayside Books"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Harbour Press", StringComparison.Ordinal) || paragraph.Contains("Quayside Books", StringComparison.Ordinal));
    }
}
