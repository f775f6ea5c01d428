using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperTaglineTests
{
    [Theory]
    [InlineData("Serving Dutchess County since 1898")]
    [InlineData("Serving the Lower Bay since 1921")]
    [InlineData("Independent news for Ridgefield and Clark Township")]
    [InlineData("Your source for Harlow and Judith Basin news")]
    public void A_paper_tagline_is_known(string line) => Assert.True(PaperTagline.Is(line));

    [Theory]
    [InlineData("Serving the county since the flood, volunteers look back")]
    [InlineData("Serving since 1898.")]
    [InlineData("Crash closes Route 9 for two hours")]
    [InlineData("Independent bookstore closes after 40 years")]
    public void A_headline_is_no_tagline(string line) => Assert.False(PaperTagline.Is(line));
}
