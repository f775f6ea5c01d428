using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubscribeButtonCountTests
{
    [Theory]
    [InlineData("Subscribe 412 subscribers")]
    [InlineData("Follow 1,204 followers")]
    [InlineData("2,310 fans")]
    [InlineData("Abonnieren 98 Abonnenten")]
    public void A_follow_button_beside_its_count_is_furniture(string line)
    {
        Assert.True(SubscribeButtonCount.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("The paper lost 412 subscribers")]
    [InlineData("Subscribe to 412 subscribers")]
    [InlineData("412 subscribers and counting, the editor said.")]
    [InlineData("Subscribers")]
    [InlineData("Follow the money")]
    public void A_sentence_or_a_bare_label_is_no_button_count(string line) => Assert.False(SubscribeButtonCount.Is(line));
}
