using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MarketDataDelayNoteTests
{
    [Theory]
    [InlineData("Data is a real-time snapshot. *Data is delayed at least 15 minutes.", true)]
    [InlineData("Quotes delayed at least 20 minutes.", true)]
    [InlineData("The flight was delayed 40 minutes.", false)]
    [InlineData("Comments (23)", false)]
    public void The_note_says_how_late_the_quotes_are(string line, bool expected) =>
        Assert.Equal(expected, MarketDataDelayNote.Is(line));

    [Fact]
    public void The_note_right_under_run_on_rows_goes_with_them_and_the_next_line_stays()
    {
        var lines = InlineTabPartedBox.Remove(TextLine.Split(
            "Treasurys rallied.\nSymbol\tPrice\tChange\nNKE\t72.69\t3.35\nSPY\t169.02\t-0.72\nData is a real-time snapshot. *Data is delayed at least 15 minutes.\nTopics:"));

        Assert.Equal("Treasurys rallied.", lines[0].Text);
        Assert.All(lines.Skip(1).Take(4), line => Assert.True(line.IsBlank));
        Assert.Equal("Topics:", lines[^1].Text);
    }

    [Fact]
    public void A_sentence_under_the_rows_that_is_no_such_note_stays()
    {
        var lines = InlineTabPartedBox.Remove(TextLine.Split("Symbol\tPrice\nNKE\t72.69\nSPY\t169.02\nThe flight was delayed 40 minutes."));

        Assert.Equal("The flight was delayed 40 minutes.", lines[^1].Text);
    }
}
