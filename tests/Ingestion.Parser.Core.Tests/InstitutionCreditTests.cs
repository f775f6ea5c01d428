using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InstitutionCreditTests
{
    [Theory]
    [InlineData("Eastmoor Imaging Centre")]
    [InlineData("Harbour Marine Laboratory")]
    [InlineData("Natural History Museum")]
    public void A_capitalised_institution_name_is_a_credit(string line) => Assert.True(InstitutionCredit.Is(line));

    [Theory]
    [InlineData("Images of the storm")]
    [InlineData("The team went back to the laboratory.")]
    [InlineData("Margaret Fenwick")]
    [InlineData("Building 4 Laboratory")]
    public void A_crosshead_a_sentence_or_a_name_is_no_institution_credit(string line) => Assert.False(InstitutionCredit.Is(line));
}
