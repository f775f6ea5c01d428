using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NestedPictureWrapperCaptionTests
{
    [Fact]
    public void A_picture_in_a_sizing_span_inside_its_box_has_its_caption_after_the_box()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="photo"><div class="photo__image"><span class="intrinsic"><img src="a.jpg" alt=""></span></div>
            <div class="photo__desc">Obránce po zápase v Plzni. | Foto: ČTK</div></div></body></html>
            """);
        var image = document.QuerySelector("img")!;

        Assert.Equal("photo__image", LonePictureBox.Around(image).ClassName);
    }

    [Fact]
    public void A_picture_beside_text_in_its_wrapper_stays_the_picture()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="card"><span class="thumb"><img src="a.jpg" alt=""></span> Obránce se vrací</div>
            <div class="next">Další článek</div></body></html>
            """);
        var image = document.QuerySelector("img")!;

        Assert.Same(image, LonePictureBox.Around(image));
    }
}
