using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TaggedByWriterTests
{
    [Theory]
    [InlineData("android, arcadia, tab 8, tablets by Owen Fairbanks", "android, arcadia, tab 8, tablets")]
    [InlineData("android, tablets by Owen Fairbanks.", "android, tablets")]
    [InlineData("stand by me, movies", "stand by me, movies")]
    [InlineData("music, stand by me", "music, stand by me")]
    [InlineData("android, tablets", "android, tablets")]
    public void Only_a_capitalised_writer_closing_the_list_is_dropped(string list, string expected) =>
        Assert.Equal(expected, TaggedByWriter.Strip(list).ToString());

    [Fact]
    public void The_twenty_eleven_footer_gives_the_tags_without_the_writer()
    {
        var tags = TagLineParser.TryRead("This entry was posted in Reviews, Tablets and tagged android, arcadia, tablets by Owen Fairbanks. Bookmark the permalink.");
        Assert.Equal(["android", "arcadia", "tablets"], tags);
    }
}
