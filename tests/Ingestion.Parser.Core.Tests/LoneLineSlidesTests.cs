using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoneLineSlidesTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Fact]
    public void A_gallery_of_one_line_slides_makes_each_line_a_caption()
    {
        var lines = Lines("PHOTOS: Pets waiting for homes\n\n1 of 3\nRooster, a pit bull mix, has been here since June.\n2 of 3\nMaple and Juniper were found in a box.\n3 of 3\nDuke is 9 years old.\n\nThe shelter is open Sunday.");
        Assert.True(LoneLineSlides.HasOnlyOneLineSlides(lines));
        Assert.True(LoneLineSlides.IsCaption(lines, 3));
        Assert.False(LoneLineSlides.IsCaption(lines, 9));
    }

    [Fact]
    public void Slides_with_a_title_and_a_credit_are_no_one_line_gallery()
    {
        var lines = Lines("1 of 3\nMarisol Keane\nThe co-star shines in sequins.\nFrazer Harrison/Getty Images\n\n2 of 3\nDevon Atwater\nThe director brought his mom.\nJared Milner/Getty Images\n\n3 of 3\nLena Ortiz\nShe went bold.\nJared Milner/Getty Images");
        Assert.False(LoneLineSlides.HasOnlyOneLineSlides(lines));
    }
}
