using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CentredHeadlineTests
{
    private static PageLines Lines(params TextLine[] lines) => new([.. lines]);

    private static bool IsHeadline(PageLines lines, int index) => lines[index].Text.StartsWith("Grain", StringComparison.Ordinal);

    [Fact]
    public void The_story_headline_at_the_margin_under_a_centred_masthead_and_its_tagline_is_found()
    {
        var lines = Lines(
            new TextLine(0, "The Valley Courier", Centred: true),
            new TextLine(3, "Serving Oakes Mill and Barnes County since 1889"),
            new TextLine(0, "Grain elevator fire forces evacuation in Oakes Mill"),
            new TextLine(3, "OAKES MILL — About 60 residents of the north side were told to leave their homes Tuesday morning."));

        Assert.Equal(2, CentredHeadline.MarginHeadline(lines, 3, i => IsHeadline(lines, i)));
    }

    [Fact]
    public void A_centred_sentence_is_no_masthead()
    {
        var lines = Lines(
            new TextLine(0, "The council met on Tuesday and voted to close the pool.", Centred: true),
            new TextLine(3, "Serving Oakes Mill and Barnes County since 1889"),
            new TextLine(0, "Grain elevator fire forces evacuation in Oakes Mill"),
            new TextLine(3, "OAKES MILL — About 60 residents of the north side were told to leave their homes Tuesday morning."));

        Assert.Equal(-1, CentredHeadline.MarginHeadline(lines, 3, i => IsHeadline(lines, i)));
    }
}
