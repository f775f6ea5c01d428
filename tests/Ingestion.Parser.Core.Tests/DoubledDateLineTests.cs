using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DoubledDateLineTests
{
    [Theory]
    [InlineData("MARCH 5, 2024 9:40 AM PSTMAR 5, 2024, 9:40 AM PST", "MARCH 5, 2024 9:40 AM PST")]
    [InlineData("March 5, 2024 9:40March 5, 2024", "March 5, 2024 9:40")]
    // Two days glued: an update beside the story's date, left to the date readers.
    [InlineData("MARCH 5, 2024 9:40 AM PSTMAR 6, 2024, 8:10 AM PST", null)]
    [InlineData("MARCH 5, 2024 9:40 AM PST", null)]
    // A capitals headline that runs into a month word is no date line.
    [InlineData("HARBOUR VOTE DELAYEDMARCH 5, 2024", null)]
    public void One_days_date_printed_twice_and_run_together_is_the_first_copy(string line, string? first) =>
        Assert.Equal(first, DoubledDateLine.First(line));

    [Fact]
    public void The_doubled_date_line_under_the_byline_gives_the_time_and_no_caption()
    {
        var page = TextPageSplitter.Split("""
            Dock workers vote on a new contract at the east harbour

            Marta Olsen
            MARCH 5, 2024 9:40 AM PSTMAR 5, 2024, 9:40 AM PST

            Dock workers at the east harbour voted on Tuesday on a contract that would end the strike that has held up the ferries for a week.

            The union said the count would be known by Wednesday morning and that the ferries could run again by the weekend if the deal passes.
            """);

        Assert.Equal("2024-03-05T09:40:00-08:00", page.PublishedAt);
        Assert.DoesNotContain(page.Captions, caption => caption.Contains("2024", System.StringComparison.Ordinal));
    }
}
