using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedSiteNameTests
{
    [Theory]
    [InlineData("HarbourPost", "Ferry fares to rise | Harbour Post", "Harbour Post")]
    [InlineData("harbourpost", "Ferry fares to rise - Harbour Post", "Harbour Post")]
    [InlineData("HarbourPost", "Ferry fares to rise | Harbour Post Online", "HarbourPost")]
    [InlineData("Harbour Post", "Ferry fares to rise | Harbour Post", "Harbour Post")]
    [InlineData("Breitling", "Ferry fares to rise - Breit Ling News", "Breitling")]
    public void A_one_word_share_name_takes_the_titles_spaced_spelling_of_the_same_name(string siteName, string title, string expected) =>
        Assert.Equal(expected, GluedSiteName.Spaced(siteName, title));
}
