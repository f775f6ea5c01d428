using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RateTableBoxTests
{
    private static PageLines Page(params string[] lines) => new(TextLine.Split(string.Join("\n", lines)));

    [Fact]
    public void A_block_of_rate_rows_with_its_heading_and_date_is_the_widget()
    {
        var lines = Page("Mortgage Rates", "30-year fixed 4.49%", "15-year fixed 3.52%", "5/1 ARM 3.18%", "Rates as of Sept. 27, 2013", "", "Topics: home sales");

        Assert.True(RateTableBox.Is(lines, 0));
        Assert.True(RateTableBox.Is(lines, 4));
        Assert.False(RateTableBox.Is(lines, 6));
    }

    [Fact]
    public void A_single_sentence_ending_in_a_rate_is_no_widget()
    {
        var lines = Page("Rates rose to 4.5%", "", "30 percent of buyers paid cash, up from 21.5%");

        Assert.False(RateTableBox.Is(lines, 0));
        Assert.False(RateTableBox.Is(lines, 2));
        Assert.False(RateTableBox.IsRateRow("Rates rose to 4.5%"));
        Assert.True(RateTableBox.IsRateRow("30-year fixed 4.49%"));
    }
}
