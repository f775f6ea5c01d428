using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class QuoteBoxTests
{
    [Theory]
    [InlineData("LKH", true)]
    [InlineData("BRK.B", true)]
    [InlineData("33.12", true)]
    [InlineData("-1.17", true)]
    [InlineData("+0.15%", true)]
    [InlineData("1,321.10", true)]
    [InlineData("Shares fell 3.4%.", false)]
    [InlineData("Nasdaq", false)]
    public void Symbols_and_quotes_stand_alone_on_their_lines(string line, bool quote) => Assert.Equal(quote, QuoteBox.IsQuoteLine(line));

    [Theory]
    [InlineData("Tickers in this story", true)]
    [InlineData("Stocks mentioned:", true)]
    [InlineData("Tickers rallied in this story's market", false)]
    public void The_box_has_its_heading(string line, bool heading) => Assert.Equal(heading, QuoteBox.IsHeading(line));
}
