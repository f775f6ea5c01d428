using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PlaceInBylineTests
{
    [Fact]
    public void A_place_alone_in_a_signature_box_goes()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="c-signature c-signature--left"><strong class="c-signature__location">Campinas</strong></div>
            <p>O técnico disse nesta segunda que errou.</p></body></html>
            """);

        PlaceInByline.Remove(document);

        Assert.Null(document.QuerySelector(".c-signature__location"));
    }

    [Fact]
    public void A_place_beside_the_writers_name_goes_and_the_name_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="firma"><span class="autor">Beatriz Olmedo</span><span class="lugar">Valladolid</span></div></body></html>
            """);

        PlaceInByline.Remove(document);

        Assert.Equal("Beatriz Olmedo", document.QuerySelector(".firma")!.TextContent);
    }

    [Fact]
    public void A_location_outside_a_byline_box_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div class="event"><strong class="event__location">Teatro Municipal</strong></div></body></html>
            """);

        PlaceInByline.Remove(document);

        Assert.NotNull(document.QuerySelector(".event__location"));
    }
}
