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
    public void A_line_between_a_slides_counter_and_its_navigation_is_in_the_slide(int index) => Assert.True(SlideshowSlide.IsInSlide(Lines(Gallery), index, completeSeries: false));

    [Fact]
    public void A_caption_under_a_counter_with_no_navigation_is_no_slide() =>
        Assert.False(SlideshowSlide.IsInSlide(Lines("Image 1 of 2\n\nRiders line up at the station agent's booth.\nPhoto: Isabel Kwan, The Chronicle\n\nThe gates were installed over the summer."), 2, completeSeries: false));

    private const string NetworkGallery =
        "1 of 3\nObama addresses the General Assembly on Tuesday.\nJustin Lane/EPA\nHide Caption\n2 of 3\nRouhani waits to speak in the chamber.\nPool photo\nHide Caption\n"
        + "3 of 3\nDelegates listen through headsets.\nSandra Okimoto/NBS News\nHide Caption\n\nMore galleries";

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(9)]
    public void A_gallerys_slide_runs_to_the_next_counter_or_the_blank_line_under_the_last(int index)
    {
        var lines = Lines(NetworkGallery);
        Assert.True(SlideshowSlide.HasCompleteSeries(lines));
        Assert.True(SlideshowSlide.IsInSlide(lines, index, completeSeries: true));
    }

    [Fact]
    public void Two_pictures_counters_are_no_gallery() =>
        Assert.False(SlideshowSlide.HasCompleteSeries(Lines("Image 1 of 2\nRiders line up.\nPhoto: Isabel Kwan\n\nText.\n\nImage 2 of 2\nThe gates.\nPhoto: Isabel Kwan")));

    [Theory]
    [InlineData("« Previous slide | Next slide »", true)]
    [InlineData("Next photo ›", true)]
    [InlineData("View all 6 photos", true)]
    [InlineData("See all 24 images »", true)]
    [InlineData("View all comments", false)]
    [InlineData("View Full Gallery", true)]
    [InlineData("See the gallery »", true)]
    [InlineData("View the gallery of every winner from last night's show in our arts section", false)]
    [InlineData("The next slide showed the budget gap growing to $40 million.", false)]
    public void A_slides_buttons_and_the_gallerys_link_are_told(string line, bool isFurniture) =>
        Assert.Equal(isFurniture, SlideshowSlide.IsNavigationOrGalleryLink(line));

    private const string BlockGallery =
        "PHOTOS: Premiere Red Carpet\n\n1 of 6\nMarisol Keane\nThe co-star shines in sequins.\nFrazer Harrison/Getty Images\n\n"
        + "2 of 6\nDevon Atwater\nThe director brought his mom.\nJared Milner/Getty Images\n\n"
        + "3 of 6\nRena Holt\nThe singer in white.\nJared Milner/Getty Images\n\nView Full Gallery\n\nTags: Red Carpet";

    [Fact]
    public void A_gallery_of_slide_blocks_showing_its_first_slides_is_a_block_series()
    {
        var lines = Lines(BlockGallery);
        Assert.True(SlideshowSlide.HasBlockSeries(lines));
        Assert.True(SlideshowSlide.IsInBlockSlide(lines, 4));
        Assert.True(SlideshowSlide.IsInBlockSlide(lines, 13));
        Assert.False(SlideshowSlide.IsInBlockSlide(lines, lines.Count - 1));
        Assert.False(SlideshowSlide.IsInBlockSlide(lines, 0));
    }

    [Fact]
    public void Counters_with_blank_lines_inside_their_slides_are_no_block_series() =>
        Assert.False(SlideshowSlide.HasBlockSeries(Lines("1 of 3\n\nKira Vance in gold.\n\nJason Meld\n\n2 of 3\n\nDex Arlo in grey.\n\nJason Meld\n\n3 of 3\n\nThe trio in blue.\n\nNadia Ferro")));

    [Fact]
    public void Two_slide_blocks_are_no_block_series() =>
        Assert.False(SlideshowSlide.HasBlockSeries(Lines("1 of 2\nRiders line up.\nPhoto: Isabel Kwan\n\n2 of 2\nThe gates.\nPhoto: Isabel Kwan")));
}
