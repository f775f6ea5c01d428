using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GermanMoreOnHeadingTests
{
    [Theory]
    [InlineData("Mehr auf BLICKPUNKT ONLINE")]
    [InlineData("Mehr bei Tagesblatt.de")]
    public void A_german_more_on_site_heading_heads_links(string line) => Assert.True(BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void A_sentence_opening_so_is_text() =>
        Assert.False(BoilerplateFilter.IsRelatedHeading("Mehr auf den Straßen als je zuvor."));
}
