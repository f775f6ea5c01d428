using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BilingualMastheadTests
{
    [Theory]
    [InlineData("L'Écho de Riviere-Dorion / The Riviere-Dorion Echo", true)]
    [InlineData("Le Courrier du Sud / The Southern Courier", true)]
    [InlineData("Home / News / Sports", false)]
    [InlineData("Council votes 9-1 / Mayor pleased", false)]
    [InlineData("The Riviere-Dorion Echo", false)]
    public void A_masthead_names_the_paper_in_both_languages(string line, bool masthead) =>
        Assert.Equal(masthead, BilingualMasthead.Is(line));
}
