using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FirstPersonSingularTests
{
    [Theory]
    [InlineData("Good news for the folks up there. My sister has been leaving at 5:30 every morning to get to work in town.")]
    [InlineData("I read the news every morning before work.")]
    [InlineData("They told me the headlines every day.")]
    public void AReadersOwnWordsSpeakAsI(string line) => Assert.True(FirstPersonSingular.Speaks(line));

    [Theory]
    [InlineData("Get the top headlines delivered to your inbox every morning.")]
    [InlineData("Mystery and Imogen stories, every Monday.")]
    [InlineData("")]
    public void APitchDoesNot(string line) => Assert.False(FirstPersonSingular.Speaks(line));

    [Fact]
    public void AReadersCommentIsNoNewsletterPitch()
    {
        Assert.False(NewsletterBox.IsPitch("Good news for the folks up there. My sister has been leaving at 5:30 every morning to get to work in town."));
        Assert.True(NewsletterBox.IsPitch("Top local news, every morning."));
    }
}
