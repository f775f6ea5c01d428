using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledSlideCaptionTests
{
    [Fact]
    public void A_labelled_slide_line_gives_its_caption_and_glued_credit() =>
        Assert.Equal(
            ["Lobster boats sit at their moorings in the harbor at Port Avalon, Maine, Sept. 14, 2013.", "Rafael Mendes/NBN News"],
            LabelledSlideCaption.TryRead("PHOTO: Lobster boats sit at their moorings in the harbor at Port Avalon, Maine, Sept. 14, 2013.Rafael Mendes/NBN News"));

    [Fact]
    public void A_courtesy_credit_glued_to_the_caption_is_an_entry_of_its_own() =>
        Assert.Equal(
            ["A walking trail follows the old rail bed through the salt marsh, Sept. 19, 2013.", "Courtesy Wickham Harbor Trails Association"],
            LabelledSlideCaption.TryRead("PHOTO: A walking trail follows the old rail bed through the salt marsh, Sept. 19, 2013.Courtesy Wickham Harbor Trails Association"));

    [Theory]
    [InlineData("Rapper Dex Arlo kept it sharp in a gunmetal tuxedo and patent loafers.")]
    [InlineData("Photo: Jason Meld/Frontline Images")]
    public void A_slides_text_or_bare_credit_is_no_labelled_caption(string line) => Assert.Null(LabelledSlideCaption.TryRead(line));
}
