using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PhotoSaleLinkTests
{
    [Theory]
    [InlineData("Buy Photo")]
    [InlineData(" Buy this photo ")]
    [InlineData("Order Photo")]
    public void A_link_to_the_photo_store_is_recognised(string text) => Assert.True(PhotoSaleLink.Is(text));

    [Theory]
    [InlineData("Photo")]
    [InlineData("Buy tickets")]
    [InlineData("Residents buy photo books at the fair.")]
    public void Other_words_are_not(string text) => Assert.False(PhotoSaleLink.Is(text));

    [Fact]
    public void The_link_leaves_the_figure_caption_and_its_credit_stays()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><img src=\"a.jpg\" alt=\"\"><figcaption><span class=\"caption\">Students board a bus on Monday.</span> "
            + "<span class=\"credit\">(Photo: Dana Rusch/Press-Courier)</span><a class=\"buy-photo\" href=\"#\">Buy Photo</a></figcaption></figure></body></html>");
        Assert.Equal(["Students board a bus on Monday. (Photo: Dana Rusch/Press-Courier)"], HtmlCaptions.Read(document));
    }

    [Fact]
    public void A_caption_without_the_link_is_kept_whole()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><figure><img src=\"a.jpg\" alt=\"\"><figcaption>Shoppers buy photo albums at the fair. (Photo: Ann Lee)</figcaption></figure></body></html>");
        Assert.Equal(["Shoppers buy photo albums at the fair. (Photo: Ann Lee)"], HtmlCaptions.Read(document));
    }
}
