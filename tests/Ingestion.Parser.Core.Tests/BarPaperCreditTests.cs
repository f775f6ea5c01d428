using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BarPaperCreditTests
{
    [Theory]
    [InlineData("Brendan Kessler | Tickerline", true)]
    [InlineData("Dana Ruiz | The Ledger", true)]
    [InlineData("Brendan Kessler | Tickerline News", true)]
    [InlineData("Breaking News | Sports", false)]
    [InlineData("Log In | Subscribe", false)]
    [InlineData("Sign In | Register", false)]
    [InlineData("By Rob Halversen | Ashford Ledger", false)]
    [InlineData("Most Read | Most Commented", false)]
    [InlineData("Jane Doe | Staff Writer", false)]
    [InlineData("Home | News | Sports", false)]
    [InlineData("Stocks fell on Friday. | Tickerline", false)]
    [InlineData("Aaron Pell | @apell_tl", false)]
    public void A_photographer_and_the_site_parted_by_a_bar_credit_a_picture(string line, bool expected) =>
        Assert.Equal(expected, BarPaperCredit.Is(line));

    [Fact]
    public void It_is_a_credit_line_to_the_caption_reader() =>
        Assert.True(CaptionDetector.IsCreditOnly("Brendan Kessler | Tickerline"));
}
