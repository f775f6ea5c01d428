using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LonePictureBoxTests
{
    [Fact]
    public void A_picture_alone_in_its_box_is_read_as_the_box()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div><div id=\"box\"><img id=\"pic\" src=\"a.jpg\"></div><div>Caption.</div></div></body></html>");

        Assert.Same(document.GetElementById("box"), LonePictureBox.Around(document.GetElementById("pic")!));
    }

    [Theory]
    [InlineData("<div><img id=\"pic\" src=\"a.jpg\"> Some words beside it.</div><div>Next.</div>")]
    [InlineData("<div><img id=\"pic\" src=\"a.jpg\"><img src=\"b.jpg\"></div><div>Next.</div>")]
    [InlineData("<div><div><img id=\"pic\" src=\"a.jpg\"></div></div>")]
    public void A_picture_sharing_its_box_or_with_nothing_after_the_box_stays_itself(string markup)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        var picture = document.GetElementById("pic")!;

        Assert.Same(picture, LonePictureBox.Around(picture));
    }

    [Fact]
    public void The_caption_beside_a_boxed_picture_is_read_and_leaves_the_text()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div class=\"entry\"><p>Opening paragraph of the story.</p>"
            + "<div class=\"serendipity_imageComment_right\"><div class=\"serendipity_imageComment_img\"><img src=\"branch.jpg\"></div>"
            + "<div class=\"serendipity_imageComment_txt\">The Pinewood branch on Route 17, open Tuesday to Saturday since 1988. (Photo by the author)</div></div>"
            + "<p>Second paragraph.</p></div></body></html>");

        var captions = HtmlCaptions.Read(document);

        Assert.Equal(["The Pinewood branch on Route 17, open Tuesday to Saturday since 1988. (Photo by the author)"], captions);
        Assert.DoesNotContain("Pinewood", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
