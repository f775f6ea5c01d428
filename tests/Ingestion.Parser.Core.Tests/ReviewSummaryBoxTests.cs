using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReviewSummaryBoxTests
{
    private static readonly PageLines Box = new(TextLine.Split(
        "Score: 8/10\n\nSpecs\nDisplay: 5-inch 1080p LCD\nBattery: 3,100mAh\n\nPros\nTwo-day battery life\nSharp, bright screen\n\nCons\nSlow camera in low light\n\nThe Nimbus 4 was a phone I liked on the first day and resented by the fourth, mostly because I spent those days looking for a charger."));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(11)]
    public void A_heading_and_the_short_entries_under_it_are_the_box(int index) => Assert.True(ReviewSummaryBox.Is(Box, index));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_score_line_or_the_text_under_the_box_is_no_entry(int index) => Assert.False(ReviewSummaryBox.Is(Box, index));

    [Fact]
    public void Short_lines_under_no_heading_or_a_crosshead_over_prose_are_no_box()
    {
        var lines = new PageLines(TextLine.Split(
            "Verdict\nA phone for people who hate chargers\n\nCons\nThe camera is where the savings show. Daylight shots are sharp and well exposed, but indoors the shutter lags."));

        Assert.False(ReviewSummaryBox.Is(lines, 1));
        Assert.False(ReviewSummaryBox.Is(lines, 3));
        Assert.False(ReviewSummaryBox.Is(lines, 4));
    }

    [Fact]
    public void Headings_with_their_entries_on_one_line_and_the_lines_run_with_them_are_the_box()
    {
        var lines = new PageLines(TextLine.Split(
            "By Megan Torvald\n\nPros: Fast, bright screen, nine-hour battery\nCons: Plasticky back, mediocre cameras\nPrice: $199 (16GB Wi-Fi)\nOur rating: 4 out of 5\n\nCheap tablets have spent years asking buyers to accept lag as the price of a low sticker."));

        Assert.True(ReviewSummaryBox.Is(lines, 2));
        Assert.True(ReviewSummaryBox.Is(lines, 3));
        Assert.True(ReviewSummaryBox.Is(lines, 4));
        Assert.True(ReviewSummaryBox.Is(lines, 5));
        Assert.False(ReviewSummaryBox.Is(lines, 0));
        Assert.False(ReviewSummaryBox.Is(lines, 7));
    }

    [Fact]
    public void A_pros_sentence_in_the_text_is_no_box()
    {
        var lines = new PageLines(TextLine.Split(
            "Pros: it is fast, and the battery lasts all day.\nThe screen is bright enough for a porch in the afternoon, though colors lean cool."));

        Assert.False(ReviewSummaryBox.Is(lines, 0));
        Assert.False(ReviewSummaryBox.Is(lines, 1));
    }
}
