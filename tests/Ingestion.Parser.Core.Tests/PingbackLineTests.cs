using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PingbackLineTests
{
    [Theory]
    [InlineData("Pingback: Maple Grove parents plan meeting Thursday | Hollister Patch Notes")]
    [InlineData("3. Pingback: Monday links: Obama, Rouhani and the week ahead | The Briefing Room")]
    [InlineData("• Trackback: Weekend reading | A Small Blog")]
    public void Another_blogs_link_to_the_post_is_a_pingback(string text) => Assert.True(PingbackLine.Is(text));

    [Theory]
    [InlineData("I got a pingback: from your blog yesterday, thanks for the link.")]
    [InlineData("Pingback:")]
    [InlineData("The plan splits them about 100 to Lakeview and 88 to Ridgecrest. Still a lot.")]
    public void A_readers_words_are_no_pingback(string text) => Assert.False(PingbackLine.Is(text));
}
