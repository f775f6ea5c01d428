using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SlideCreditUnderCounterTests
{
    private static readonly PageLines Gallery = new(TextLine.Split(
        "1 of 4\nGetty Images\nJenna Ashford stunned in a custom emerald gown.\n2 of 4\nGetty Images\nMarcus Dale kept it classic.\n3 of 4\nWireImage\nLena Ortiz went bold in sequins.\n4 of 4\nFilmMagic\nThe cast posed together before the show."));

    [Fact]
    public void A_gallery_with_known_credits_under_its_counters_has_the_habit() => Assert.True(SlideCreditUnderCounter.IsGalleryHabit(Gallery));

    [Theory]
    [InlineData(7)]
    [InlineData(10)]
    public void A_bare_name_under_a_counter_is_the_credit(int index) => Assert.True(SlideCreditUnderCounter.Is(Gallery, index));

    [Theory]
    [InlineData(8)]
    [InlineData(2)]
    public void The_slide_text_is_no_credit(int index) => Assert.False(SlideCreditUnderCounter.Is(Gallery, index));

    [Fact]
    public void Alt_text_names_under_counters_with_credits_elsewhere_show_no_habit()
    {
        var lines = new PageLines(TextLine.Split(
            "1 of 3\nMarisol Keane\nThe Silver Lake co-star shines in sequins.\nFrazer Harrison/Getty Images\n2 of 3\nKira Vance\nKira Vance went for velvet.\nJason Meld/Getty Images\n3 of 3\nDex Arlo\nRapper Dex Arlo kept it sharp.\nAnn Roe/Getty Images"));

        Assert.False(SlideCreditUnderCounter.IsGalleryHabit(lines));
    }
}
