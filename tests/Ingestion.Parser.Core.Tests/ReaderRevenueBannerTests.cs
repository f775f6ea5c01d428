using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReaderRevenueBannerTests
{
    [Theory]
    [InlineData("Support Brookfield Corner")]
    [InlineData("Donate to The Port Annick Dispatch")]
    public void An_appeal_naming_the_site_is_a_banner(string text) => Assert.True(ReaderRevenueBanner.Is(text));

    [Theory]
    [InlineData("Support Ukraine")]
    [InlineData("Support the Harbour Ledger's reporting on the mill.")]
    [InlineData("Support local news")]
    [InlineData("Support for the River Road plan was never there.")]
    [InlineData("The board's engineer said a light would need state approval.")]
    public void A_readers_words_are_no_banner(string text) => Assert.False(ReaderRevenueBanner.Is(text));
}
