using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A published day and an update on one line, as a browser's text copy runs two spans together: the first day is the
/// page's, unless the update word is followed by a clock alone, which completes the day before it.
/// </summary>
public class PublishedDayBeforeUpdateTests
{
    [Theory]
    [InlineData("Published: Wednesday, September 25, 2013 Updated: Wednesday, September 25, 2013 01:09", "2013-09-25")]
    [InlineData("Published: Wednesday, September 25, 2013 | Updated: Thursday, September 26, 2013", "2013-09-25")]
    [InlineData("Posted on Fri, Sep. 27, 2013 Last modified on Sat, Sep. 28, 2013 10:41PM", "2013-09-27")]
    [InlineData("Published: Wednesday, September 25, 2013 01:09 Updated: Thursday, September 26, 2013 08:15", "2013-09-25T01:09:00")]
    [InlineData("24 April 2013 Last updated at 11:42 GMT", "2013-04-24T11:42:00+00:00")]
    public void The_first_day_is_the_page_s_over_the_masthead_s(string line, string expected)
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Saturday, September 28, 2013\n\nThe Prairie Lantern\n\nStudent senate approves late-night shuttle pilot\n\nBy Abby Lindqvist\n\n"
            + line + "\n\n"
            + "The student senate voted 14-3 on Tuesday night to fund a late-night shuttle between the library and the east dorms.\n\n"
            + "The pilot will run through the end of the fall term, the senate's transport chair said after the vote.\n"), "page.txt");

        Assert.Equal(expected, page.PublishedAt);
    }
}
