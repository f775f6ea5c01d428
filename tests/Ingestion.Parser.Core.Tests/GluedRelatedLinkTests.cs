using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedRelatedLinkTests
{
    [Theory]
    [InlineData("Related Rough sleeping rises in 30 councils", true)]
    [InlineData("Further Reading Judge tosses 400 John Does from porn-torrent suit", true)]
    [InlineData("Related Councils face fines over empty homes", true)]
    [InlineData("Related charities said the figures were too low.", false)]
    [InlineData("Related Articles", false)]
    [InlineData("Related Stories From Our Partners:", false)]
    public void A_related_label_glued_to_its_headline_is_a_link_box(string line, bool isLink) =>
        Assert.Equal(isLink, GluedRelatedLink.Is(line));
}
