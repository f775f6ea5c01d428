using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AgencyMaterialCreditTests
{
    [Theory]
    [InlineData("Mit Material von dpa, Reuters und AFP")]
    [InlineData("Mit Material von AFP")]
    public void The_agencies_credit_under_the_text_is_a_credit(string line) =>
        Assert.True(AgencyMaterialCredit.Is(line));

    [Theory]
    [InlineData("Mit Material von der Baustelle hat die Firma in den vergangenen drei Wochen eine neue Halle errichtet, sagte der Sprecher.")]
    [InlineData("Die Polizei arbeitet mit Material von Zeugen.")]
    public void A_sentence_is_no_credit(string line) =>
        Assert.False(AgencyMaterialCredit.Is(line));
}
