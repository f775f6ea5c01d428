using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryCountLabelTests
{
    [Theory]
    [InlineData("Slideshow ( 15 images )", true)]
    [InlineData("Gallery (8 photos)", true)]
    [InlineData("12 Photos", true)]
    [InlineData("Bildergalerie (6 Bilder)", true)]
    [InlineData("Two photos of the mayor at the ribbon cutting", false)]
    [InlineData("Slideshow (Reuters)", false)]
    [InlineData("The harbour at dawn (3 images merged)", false)]
    public void A_slideshows_count_of_pictures_is_known(string caption, bool label) =>
        Assert.Equal(label, GalleryCountLabel.Is(caption));

    [Fact]
    public void The_count_under_an_inline_slideshow_is_no_caption()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div><button aria-label=\"slideshow\"><figure><div role=\"img\"></div></figure></button>"
            + "<figcaption class=\"Slideshow-description\">Slideshow <span>( 15 images )</span></figcaption></div>"
            + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The cast poses backstage. Photo: Dana Holt</figcaption></figure></body></html>");

        Assert.Equal(["The cast poses backstage. Photo: Dana Holt"], HtmlCaptions.Read(document));
        Assert.DoesNotContain("Slideshow", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
