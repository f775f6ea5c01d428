using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlideshowSlideTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Gallery =
        "2 of 6\n\nRapper Dex Arlo kept it sharp in a gunmetal tuxedo and patent loafers.\n\nJason Meld/Frontline Images\n\n« Previous slide | Next slide »";

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_line_between_a_slides_counter_and_its_navigation_is_in_the_slide(int index) => Assert.True(SlideshowSlide.IsInSlide(Lines(Gallery), index));

    [Fact]
    public void A_caption_under_a_counter_with_no_navigation_is_no_slide() =>
        Assert.False(SlideshowSlide.IsInSlide(Lines("Image 1 of 2\n\nRiders line up at the station agent's booth.\nPhoto: Isabel Kwan, The Chronicle\n\nThe gates were installed over the summer."), 2));

    [Theory]
    [InlineData("« Previous slide | Next slide »", true)]
    [InlineData("Next photo ›", true)]
    [InlineData("View all 6 photos", true)]
    [InlineData("See all 24 images »", true)]
    [InlineData("View all comments", false)]
    [InlineData("The next slide showed the budget gap growing to $40 million.", false)]
    public void A_slides_buttons_and_the_gallerys_link_are_told(string line, bool isFurniture) =>
        Assert.Equal(isFurniture, SlideshowSlide.IsNavigationOrGalleryLink(line));
}
