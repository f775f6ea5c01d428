using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineBlockOutletLineTests
{
    [Theory]
    [InlineData("OTTAWA — The Northern Ledger", "The Northern Ledger")]
    [InlineData("ST. JOHN'S — The Northern Ledger", "The Northern Ledger")]
    [InlineData("From: Coastline News", "Coastline News")]
    public void The_outlet_in_the_byline_block_is_read(string line, string outlet) => Assert.Equal(outlet, BylineBlockOutletLine.OutletOf(line));

    [Theory]
    [InlineData("OTTAWA — The Canadian Press")]
    [InlineData("From: Associated Press")]
    [InlineData("OTTAWA — The minister said on Thursday that the rules would change.")]
    [InlineData("Ottawa — The Northern Ledger")]
    [InlineData("From: the minister's office, by e-mail")]
    public void A_wire_a_sentence_or_a_lower_case_city_gives_no_outlet(string line) => Assert.Null(BylineBlockOutletLine.OutletOf(line));
}
