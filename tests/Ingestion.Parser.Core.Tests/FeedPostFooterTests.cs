using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FeedPostFooterTests
{
    [Fact]
    public void The_feeds_appeared_first_on_line_is_a_footer()
    {
        Assert.True(FeedPostFooter.Is("The post State prepares for shutdown as federal deadline nears appeared first on State House Notes."));
        Assert.True(BoilerplateFilter.IsBoilerplate("The post State prepares for shutdown as federal deadline nears appeared first on State House Notes."));
    }

    [Theory]
    [InlineData("The post office on Main Street will close at noon on Saturday, the postmaster said.")]
    [InlineData("The story appeared first on the station's website on Tuesday.")]
    [InlineData("The post appeared first on")]
    public void A_sentence_of_the_text_is_none(string line) => Assert.False(FeedPostFooter.Is(line));
}
