using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CapitalsFurnitureLineTests
{
    [Theory]
    [InlineData("VIDEO", "Video")]
    [InlineData("WATCH LIVE", "Watch live")]
    [InlineData("LOG IN | SUBSCRIBE", "Log in | Subscribe")]
    [InlineData("SLIDE 1 OF 3", "Slide 1 of 3")]
    [InlineData("1 OF 8", "1 of 8")]
    [InlineData("LIKE · REPLY · 12 · 5Y", "Like · Reply · 12 · 5y")]
    [InlineData("LOGGED IN VIA FACEBOOK", "Logged in via Facebook")]
    public void A_furniture_line_in_capitals_is_read_in_its_usual_print(string line, string expected) =>
        Assert.Equal(expected, CapitalsFurnitureLine.Restored(line));

    [Theory]
    [InlineData("Video")]
    [InlineData("THE CAPITOL CALLER")]
    [InlineData("LIVE UPDATES")]
    [InlineData("LIVE")]
    [InlineData("WATCH")]
    [InlineData("WATCH:")]
    [InlineData("The council voted to sign the lease in March.")]
    [InlineData("V")]
    public void Another_line_is_left_as_printed(string line) =>
        Assert.Null(CapitalsFurnitureLine.Restored(line));

    [Fact]
    public void A_page_keeps_its_other_lines()
    {
        var lines = TextLine.Split("THE CAPITOL CALLER\nVIDEO\nHeadline here");
        var normalized = CapitalsFurnitureLine.Normalize(lines);

        Assert.Equal(["THE CAPITOL CALLER", "Video", "Headline here"], normalized.Select(line => line.Text));
    }
}
