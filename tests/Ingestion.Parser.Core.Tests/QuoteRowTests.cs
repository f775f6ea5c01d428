using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuoteRowTests
{
    [Theory]
    [InlineData("TLT 104.52 -0.21 (-0.20%)", true)]
    [InlineData("SPY 169.89 +0.57 (+0.34%)", true)]
    [InlineData("BRK.B 112.40 -1.05", true)]
    [InlineData("Topics: Federal Reserve, Interest Rates", false)]
    [InlineData("GDP 2.5 percent in the second quarter", false)]
    [InlineData("TLT 104.52", false)]
    public void A_quote_row_is_a_symbol_and_its_numbers(string line, bool row) => Assert.Equal(row, QuoteRow.Is(line));
}
