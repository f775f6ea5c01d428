using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClockLedEntryTests
{
    [Theory]
    [InlineData("7:42 a.m. – A Bank Street resident reported a red kayak stolen from her side yard overnight.", true)]
    [InlineData("11:30 p.m. - A Chatham man, 34, was arrested on Main Street and charged.", true)]
    [InlineData("10:42 AM – Update", false)]
    [InlineData("Monday, July 9 – A resident reported a kayak stolen from her yard.", false)]
    public void A_log_entry_opens_with_a_bare_clock_and_a_sentence(string line, bool expected) =>
        Assert.Equal(expected, ClockLedEntry.Opens(line));

    [Fact]
    public void A_police_logs_day_headings_over_its_entries_are_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Police Log: Stolen kayak, loose cows on Route 6A

            By Dana Whitcomb
            Posted Jul 18, 2012 @ 04:12 PM

            The following items were taken from the Harwich Police Department log for the week of July 9.

            Monday, July 9

            7:42 a.m. – A Bank Street resident reported a red kayak stolen from her side yard overnight.

            Tuesday, July 10

            6:05 a.m. – Three cows were reported loose on Route 6A near the town line.
            """), "page.txt");

        Assert.Equal("2012-07-18T16:12:00", page.PublishedAt);
        Assert.Equal("Monday, July 9", page.BodyParagraphs[1]);
        Assert.Equal("Tuesday, July 10", page.BodyParagraphs[3]);
        Assert.Equal(5, page.BodyParagraphs.Count);
    }
}
