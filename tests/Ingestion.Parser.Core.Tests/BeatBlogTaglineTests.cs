using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BeatBlogTaglineTests
{
    [Theory]
    [InlineData("Covering Marlow State football with Kyle Brandt")]
    [InlineData("Following the Legislature with Dana Ruiz")]
    [InlineData("Tracking the storm with Rick Solano")]
    public void A_beat_blogs_line_naming_its_writer_is_a_tagline(string line)
    {
        Assert.True(BeatBlogTagline.Is(line));
        Assert.True(BlogTagline.Is(line));
    }

    [Theory]
    [InlineData("Covering costs with new fees, city council says")]
    [InlineData("Covering the costs of the new stadium")]
    [InlineData("Following the Legislature with Dana Ruiz.")]
    [InlineData("Sullivan's ankle 'fine,' will start vs. Eastern Plains")]
    [InlineData("Covering the costs with higher water rates")]
    public void Headlines_and_sentences_are_left_alone(string line) => Assert.False(BeatBlogTagline.Is(line));
}
