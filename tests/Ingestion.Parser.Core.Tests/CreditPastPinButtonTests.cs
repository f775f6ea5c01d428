using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditPastPinButtonTests
{
    private const string Picture = """
        <div class="PostPicture"><div class="PostPicture__picture"><div data-render-react-id="images/LazyPicture"><div><div style="position:relative;">
        <div style="position:absolute;"><noscript><img src="http://x.test/SRC.jpg" alt=""></noscript></div>
        <div style="background-color:#f2f2f2;"><div style="padding-top:66%;"></div></div></div></div></div></div>
        <div class="PostPicture__pinterest-button"><a href="http://pins.test/create/?media=SRC" class="PinButton"></a></div>
        <small class="PostPicture__credit">(Image credit: Sent in by Tova)</small></div>
        """;

    private static string Page(string lastCredit = "<small class=\"PostPicture__credit\">(Image credit: Sent in by Tova)</small>") => $"""
        <html><head><title>A Bright Boathouse Flat | Harbour Homes</title><meta value="Harbour Homes" name="og:site_name"></head><body>
        <article class="post"><h1 class="PostHeader__headline">A Bright Boathouse Flat</h1>
        <div class="post__content"><p>Welcome to our flat above the old boathouse, two rooms and a loft with the whole harbour outside the windows.</p>
        {Picture.Replace("SRC", "one")}
        <p>The light comes off the water all day, so we kept the walls white and let the boats do the decorating for us.</p>
        {Picture.Replace("SRC", "two").Replace("<small class=\"PostPicture__credit\">(Image credit: Sent in by Tova)</small>", lastCredit)}
        <p>The loft is big enough for a double bed and a desk, and the round window at the end looks straight down the channel.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_credit_past_an_empty_pin_button_under_each_picture_is_a_caption_entry()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page()), "boathouse.html");
        Assert.Equal(["(Image credit: Sent in by Tova)", "(Image credit: Sent in by Tova)"], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_credit_after_a_button_with_text_is_not_read_so()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("<span class=\"pin-label\">Save</span><small class=\"PostPicture__credit\">(Image credit: Sent in by Tova)</small>")), "boathouse.html");
        Assert.Single(page.Captions);
    }
}
