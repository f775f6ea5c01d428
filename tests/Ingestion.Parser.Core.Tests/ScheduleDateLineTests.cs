using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ScheduleDateLineTests
{
    private static string Page(string schedule) => $$"""
        <html><head><title>Harbor Station Finance Committee Meetings | Harbor Public Media</title>
        <meta property="og:site_name" content="Harbor Public Media"></head>
        <body><div id="header"><a href="/"><img alt="Harbor Public Media"></a></div>
        <div id="content"><div class="post" id="post-12"><h2>Harbor Station Finance Committee Meetings</h2>
        <div class="entry"><p><strong>FINANCE COMMITTEE</strong> (at the station's board room, 12 Quay Street, second floor)</p>
        <p>{{schedule}}</p>
        <p>To request the call-in number for a telephone session, please call the station office.</p></div></div></div>
        <div id="footer"><a href="/contact/">contact</a> <a href="/privacy/">privacy policy</a></div></body></html>
        """;

    [Fact]
    public void Dates_listed_under_a_dated_entry_are_lines_of_the_text_and_no_published_date()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "Tuesday, March 4, 2014 at 6:00 PM (telephone session)<br />\nMonday, April 7, 2014 at 6:00 PM<br />\nTuesday, May 6, 2014 at 5:30 PM")), "meetings.html");

        Assert.Null(page.PublishedAt);
        Assert.Contains("Monday, April 7, 2014 at 6:00 PM", page.BodyParagraphs);
        Assert.Contains("Tuesday, May 6, 2014 at 5:30 PM", page.BodyParagraphs);
    }
}
