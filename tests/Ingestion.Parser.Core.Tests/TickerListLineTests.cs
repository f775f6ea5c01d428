using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TickerListLineTests
{
    [Theory]
    [InlineData("Symbols in this story: CVL, TLF, BWTR, PHW", true)]
    [InlineData("Related tickers: BRK.B AAPL", true)]
    [InlineData("Symbols in this story: the mayor's new logo and the city flag", false)]
    [InlineData("Tickers: the board says the old ones will go by March.", false)]
    [InlineData("Stocks fell on Tuesday as investors weighed the Fed's comments.", false)]
    public void A_row_of_the_stocks_a_story_names_is_furniture(string line, bool row)
    {
        Assert.Equal(row, TickerListLine.Is(line));
        Assert.Equal(row, BoilerplateFilter.IsBoilerplate(line));
    }
}
