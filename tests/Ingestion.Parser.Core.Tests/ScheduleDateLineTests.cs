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

    private const string PlacedSchedule = """
        <html><head><title>Harbor Station Finance Committee Meetings | Harbor Public Media</title>
        <meta property="og:site_name" content="Harbor Public Media"></head>
        <body><div id="header"><a href="/"><img alt="Harbor Public Media"></a></div>
        <div id="content"><div class="post" id="post-14"><h2>Harbor Station Finance Committee Meetings</h2>
        <div class="entry"><p>Tuesday, March 4, 2014 at 6:00 PM (at the Quay Street offices, 12 Quay Street, 3rd Fl)<br />
        Monday, April 7, 2014 at 6:00 PM (at the Quay Street offices, 12 Quay Street, 3rd Fl)<br />
        Tuesday, May 6, 2014 at 5:30 PM (at the ferry terminal, 2 Landing Road, Upper Hall)</p></div></div></div>
        <div id="footer"><a href="/contact/">contact</a> <a href="/privacy/">privacy policy</a></div></body></html>
        """;

    [Fact]
    public void A_schedule_with_a_bracketed_place_on_each_entry_is_the_text_though_no_sentence_opens_it()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(PlacedSchedule), "meetings.html");

        Assert.Null(page.PublishedAt);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Tuesday, March 4, 2014 at 6:00 PM (at the Quay Street offices", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("Tuesday, March 4, 2014 (at the Quay Street offices, 12 Quay Street)", "Monday, April 7, 2014 at 6:00 PM (at the offices)")]
    [InlineData("Posted: Tuesday, March 4, 2014 at 6:00 PM (Harbor Public Media)", "Monday, April 7, 2014 at 6:00 PM (at the offices)")]
    [InlineData("Tuesday, March 4, 2014 at 6:00 PM (at the Quay Street offices)", null)]
    [InlineData("Tuesday, March 4, 2014 at 6:00 PM (at the Quay Street offices)", "The board will vote on the budget at the second meeting of the spring.")]
    public void A_dated_line_without_a_clock_a_label_or_a_second_entry_opens_no_schedule(string line, string? next) =>
        Assert.False(ScheduleDateLine.OpensPlacedEntries(line, next));
}
