using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsAlertTickerTests
{
    [Theory]
    [InlineData("ALERT Governor: Budget talks 'going nowhere,' blames Senate", true)]
    [InlineData("BREAKING: Bridge closed after crash on the upper deck", true)]
    [InlineData("Breaking the silence, the mayor spoke on Monday", false)]
    [InlineData("ALERTS", false)]
    [InlineData("Alert issued as river rises past flood stage", false)]
    public void A_ticker_is_a_label_in_capitals_over_another_storys_headline(string line, bool ticker) => Assert.Equal(ticker, NewsAlertTicker.Is(line));
}
