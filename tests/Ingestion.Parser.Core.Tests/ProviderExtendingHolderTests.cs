using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProviderExtendingHolderTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("By Tomas Ridley | Skyway News – Thu, Sep 26, 2013 5:48 PM EDT", "Skyway News")]
    [InlineData("By Tomas Ridley | Skyway News", "Skyway News")]
    [InlineData("Tomas Ridley | Skyway News", null)]
    [InlineData("By Tomas Ridley – Thu, Sep 26, 2013", null)]
    public void The_provider_follows_the_bar_of_the_byline(string line, string? expected) =>
        Assert.Equal(expected, ProviderExtendingHolder.Provider(line));

    [Fact]
    public void The_provider_that_opens_with_the_holders_name_is_the_site()
    {
        var lines = Lines("Rates dip\n\nBy Tomas Ridley | Skyway News – Thu, Sep 26, 2013 5:48 PM EDT\n\nAverage rates fell.");
        Assert.Equal("Skyway News", ProviderExtendingHolder.Name(lines, 0, lines.Count, "Skyway"));
    }

    [Fact]
    public void A_wire_provider_of_another_name_is_no_site()
    {
        var lines = Lines("Rates dip\n\nBy Tomas Ridley | Associated Press – Thu, Sep 26, 2013 5:48 PM EDT\n\nAverage rates fell.");
        Assert.Null(ProviderExtendingHolder.Name(lines, 0, lines.Count, "Skyway"));
    }
}
