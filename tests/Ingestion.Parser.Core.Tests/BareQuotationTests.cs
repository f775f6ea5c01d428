using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BareQuotationTests
{
    [Theory]
    [InlineData("\"You learn to count everything. How many minutes in the shower. How many times you flush.\"")]
    [InlineData("“You can't protect something you haven't counted.”")]
    public void A_quotation_and_nothing_else_is_bare(string paragraph) =>
        Assert.True(BareQuotation.Is(paragraph));

    [Theory]
    [InlineData("\"We go door to door,\" said Arreola, the organizer. \"Every time we walk a road, we find three or four families.\"")]
    [InlineData("Park said the undercount matters.")]
    [InlineData("\"\"")]
    public void A_quotation_naming_its_speaker_or_no_quotation_is_not(string paragraph) =>
        Assert.False(BareQuotation.Is(paragraph));
}
