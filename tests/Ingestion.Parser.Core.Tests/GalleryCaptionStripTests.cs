using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GalleryCaptionStripTests
{
    private const string Page = """
        Politics

        Governor coming to Harlan, saying the plant deal proves the state's jobs plan works

        By Rosa Delgado
        Harlan Courier
        •
        Published: Nov 08, 2023 at 5:25 pm
        ExpandAutoplay
        COUNTER
        Night shift workers leave the Harlan Assembly Plant on Feb. 23, 2023, in Harlan. For nearly six deca
        The Harlan Assembly Plant sits by the highway on Feb. 23, 2023, in Harlan. For nearly six decades, t
        Marta Olsen, right, along with her twins, Ada and Leif, 4, talk with a neighbour outside the plant g

        Night shift workers leave the Harlan Assembly Plant on Feb. 23, 2023, in Harlan. For nearly six decades, the plant has been the town's leading employer. (Ken Boyd / Harlan Courier)

        The governor is scheduled to visit Harlan on Thursday, celebrating the union's agreement with the carmaker that includes its vow to reopen the plant.

        The plant is expected to create as many as 5,000 jobs, and its fate was a key point in the talks between the union and the company.
        """;

    private static ParsedPage Parse(string counter) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("COUNTER", counter)), "harlan.txt");

    [Fact]
    public void Cut_captions_under_a_gallerys_counter_are_no_headline() =>
        Assert.Equal("Governor coming to Harlan, saying the plant deal proves the state's jobs plan works", Parse("Image 1 of 33").Title);

    [Fact]
    public void Without_the_counter_the_cut_caption_over_the_text_still_reads_as_the_headline() =>
        Assert.NotEqual("Governor coming to Harlan, saying the plant deal proves the state's jobs plan works", Parse("Autoplay").Title);

    [Fact]
    public void The_counter_heads_a_strip_of_two_captions_or_more()
    {
        var lines = new PageLines(TextLine.Split("Headline\n\nImage 1 of 9\nFirst caption cut sh\nSecond caption cut\n\nImage 1 of 2\nLone caption\n\nText."));

        Assert.Equal(2, GalleryCaptionStrip.CounterAbove(lines, 4));
        Assert.Equal(2, GalleryCaptionStrip.CounterAbove(lines, 3));
        Assert.Equal(-1, GalleryCaptionStrip.CounterAbove(lines, 7));
        Assert.Equal(-1, GalleryCaptionStrip.CounterAbove(lines, 0));
    }
}
