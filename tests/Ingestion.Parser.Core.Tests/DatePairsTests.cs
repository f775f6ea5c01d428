using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatePairsTests
{
    [Theory]
    [InlineData("May 22, 2017May 23, 2017", "May 22, 2017 May 23, 2017")]
    [InlineData("Published On 11 Jun 202611 Jun 2026", "Published On 11 Jun 2026 11 Jun 2026")] // the first date's year run into the second's day
    [InlineData("Published 3 Sep. 20143 Sep. 2014", "Published 3 Sep. 2014 3 Sep. 2014")]
    [InlineData("Room 202611 Jun", "Room 202611 Jun")] // no month before the number
    [InlineData("11 Jun 202611 tickets", "11 Jun 202611 tickets")] // no month after it
    public void Dates_run_together_are_parted(string line, string expected) => Assert.Equal(expected, DatePairs.Unglued(line));

    [Fact]
    public void The_parted_pair_dates_the_story()
    {
        var page = TextPageSplitter.Split("""
            Families flee the valley as the river rises

            Published On 11 Jun 202611 Jun 2026

            For weeks, families along the river have watched the water climb toward their doors, and on Tuesday most of them left.

            The county opened two shelters in school gyms, and volunteers brought food and blankets through the night.
            """);
        Assert.Equal("2026-06-11", page.PublishedAt);
    }
}
