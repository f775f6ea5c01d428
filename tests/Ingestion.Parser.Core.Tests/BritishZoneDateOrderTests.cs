using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A slash date both orders could read, with a 12-hour clock: a British zone after it settles it day first.</summary>
public class BritishZoneDateOrderTests
{
    [Theory]
    [InlineData("02/11/2023 02:00pm GMT", "2023-11-02T14:00:00+00:00")]
    [InlineData("05/06/2023 09:15am BST", "2023-06-05T09:15:00+01:00")]
    [InlineData("02/11/2023 02:00pm ET", "2023-02-11T14:00:00-05:00")]
    [InlineData("02/11/2023 02:00pm", "2023-02-11T14:00:00")]
    public void A_british_zone_reads_the_date_day_first_and_an_american_clock_alone_month_first(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }
}
