using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class PlayerPlaylistTests
{
    [Fact]
    public void The_titles_between_now_playing_and_the_counter_are_the_playlist()
    {
        var lines = TextLine.Split("Now Playing: Survivors Describe Hiding\nInside the Rescue\nWho Are the Militants?\nTranscript for Survivors Describe Hiding\n00:00 / 03:12");
        Assert.Equal(0, PlayerPlaylist.Top(lines, 4));
        var cleaned = VideoPlayerControls.Remove(lines);
        Assert.All(cleaned, line => Assert.True(line.IsBlank));
    }

    [Fact]
    public void A_counter_without_the_label_above_it_has_no_playlist()
    {
        var lines = TextLine.Split("Now Playing: an old clip\n\nKenya Says Mall Siege Is Over\n00:00 / 03:12");
        Assert.Equal(-1, PlayerPlaylist.Top(lines, 3));
    }
}
