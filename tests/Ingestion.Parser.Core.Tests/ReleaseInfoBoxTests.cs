using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReleaseInfoBoxTests
{
    private static readonly PageLines Review = new(TextLine.Split(
        "It is a braver record than the one their fans expected, and a better one.\n\nSalt and Static\nHarbor Lights\nLabel: Northlight Records\n"
        + "Released: Sept. 24, 2013\n\nTags: Harbor Lights, indie rock"));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_works_title_maker_label_and_release_rows_are_the_box(int index) => Assert.True(ReleaseInfoBox.Is(Review, index));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void The_text_over_the_box_and_the_tags_under_it_are_not(int index) => Assert.False(ReleaseInfoBox.Is(Review, index));

    [Fact]
    public void A_release_line_without_a_label_row_is_no_box()
    {
        var lines = new PageLines(TextLine.Split("The band's third album\nReleased: Sept. 24, 2013\n\nThe record was cut in a boathouse."));

        Assert.False(ReleaseInfoBox.Is(lines, 0));
        Assert.False(ReleaseInfoBox.Is(lines, 1));
    }

    [Fact]
    public void A_sentence_in_the_run_makes_it_text()
    {
        var lines = new PageLines(TextLine.Split("Label: the band's own, for once.\nReleased: Sept. 24, 2013"));

        Assert.False(ReleaseInfoBox.Is(lines, 1));
    }

    [Fact]
    public void With_no_blank_lines_the_box_runs_from_under_the_text_to_its_last_row()
    {
        var lines = new PageLines(TextLine.Split(
            "It is a braver record than the one their fans expected, and a better one.\nSalt and Static\nHarbor Lights\nLabel: Northlight Records\n"
            + "Released: Sept. 24, 2013\nTracklist\n  1. Low Tide (3:42)\n  2. Kestrel (4:15)\n  3. Boathouse I (1:08)\n  4. Signal Fires (6:02)\nTags: Harbor Lights"));

        Assert.False(ReleaseInfoBox.Is(lines, 0));
        Assert.All(Enumerable.Range(1, 4), index => Assert.True(ReleaseInfoBox.Is(lines, index)));
        Assert.False(ReleaseInfoBox.Is(lines, 5));
        Assert.False(ReleaseInfoBox.Is(lines, 7));
    }

    [Fact]
    public void With_no_blank_lines_short_lines_under_the_text_without_a_label_row_are_no_box()
    {
        var lines = new PageLines(TextLine.Split("It is a braver record than the one their fans expected.\nSalt and Static\nHarbor Lights\nReleased: Sept. 24, 2013\nTracklist"));

        Assert.All(Enumerable.Range(0, 5), index => Assert.False(ReleaseInfoBox.Is(lines, index)));
    }
}
