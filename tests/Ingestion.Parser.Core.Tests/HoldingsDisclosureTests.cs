using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HoldingsDisclosureTests
{
    [Theory]
    [InlineData("Disclosure: Gideon Farr-Whitley owns shares of Pell & Harrow. MarketHarbor has no position in any of the stocks mentioned.", true)]
    [InlineData("Disclosure: I am long CVL.", true)]
    [InlineData("Disclosure — The author holds no position in the stocks named.", true)]
    [InlineData("Disclosure: the paper's owner sits on the museum's board.", false)]
    [InlineData("Disclosure of the shares he held came only in 2012, the filing shows.", false)]
    public void A_writers_holdings_note_under_the_text_is_furniture(string line, bool note)
    {
        Assert.Equal(note, HoldingsDisclosure.Is(line));
        Assert.Equal(note, BoilerplateFilter.IsBoilerplate(line));
    }
}
