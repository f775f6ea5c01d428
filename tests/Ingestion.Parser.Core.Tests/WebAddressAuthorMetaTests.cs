using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WebAddressAuthorMetaTests
{
    [Theory]
    [InlineData("Pixelwerk d.o.o. - www.pixelwerk.example", true)]
    [InlineData("Pixelwerk - WWW.PIXELWERK.EXAMPLE", true)]
    [InlineData("Harbour Radio (www.harbour-radio.example)", false)]
    [InlineData("Jana Köhler", false)]
    [InlineData("www.", false)]
    public void A_name_signed_with_a_bare_web_address_is_a_business(string meta, bool business) =>
        Assert.Equal(business, WebAddressAuthorMeta.Is(meta));

    private static ParsedPage Parse(string meta) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Rain Boots for the Harbour Walk - Slipway Journal</title><meta name="author" content="{{meta}}"></head><body>
        <div class="post"><h1>Rain Boots for the Harbour Walk</h1>
        <div class="byline">By Tomasz Wrenfield</div>
        <p>Rubber boots went out of fashion on the promenade years ago, and this autumn they are back in every shop window along the quay.</p>
        <p>The bright yellow pairs sold out first; the dark green ones, sturdier and cheaper, are still on the shelves of the hardware store.</p>
        </div></body></html>
        """), "post.html");

    [Fact]
    public void The_builders_address_in_the_author_meta_leaves_the_byline_to_name_the_writer() =>
        Assert.Equal(["Tomasz Wrenfield"], Parse("Pixelwerk d.o.o. - www.pixelwerk.example").Authors);

    [Fact]
    public void A_writers_name_alone_in_the_author_meta_still_names_the_writer() =>
        Assert.Equal(["Tomasz Wrenfield"], Parse("Tomasz Wrenfield").Authors);
}
