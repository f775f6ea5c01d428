using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Replay" / clip title / "Your video will play in 00:25": a news player's countdown before the story.</summary>
public class VideoPlayerCountdownTests
{
    private static List<string> Normalized(string text) =>
        [.. TextBrowserDump.Normalize(TextLine.Split(text)).Where(line => !line.IsBlank).Select(line => line.Text)];

    [Fact]
    public void The_countdown_its_clip_title_and_the_button_over_it_go() =>
        Assert.Equal(["by Dana Whitcomb", "Rents rose faster than wages in every county of the state last year."],
            Normalized("by Dana Whitcomb\n\nReplay\nThe priest saving the valley's gang members\nYour video will play in 00:25\n\nRents rose faster than wages in every county of the state last year."));

    [Theory]
    [InlineData("Your video will play in 00:25")]
    [InlineData("Video will begin in 0:05")]
    public void A_countdown_alone_goes(string countdown) =>
        Assert.Equal(["Rents rose faster than wages."], Normalized(countdown + "\n\nRents rose faster than wages."));

    [Theory]
    [InlineData("The video will play in the council chamber at 7:30")]
    [InlineData("The band will play in 2:30")]
    public void A_sentence_naming_a_time_stays(string line) =>
        Assert.Equal([line], Normalized(line));
}
