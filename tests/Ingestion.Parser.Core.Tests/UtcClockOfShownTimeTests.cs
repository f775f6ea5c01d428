using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UtcClockOfShownTimeTests
{
    [Theory]
    [InlineData("2016-05-24T13:30:03", "2016-05-24T06:30:00-07:00", "2016-05-24T13:30:03+00:00")]
    [InlineData("2016-05-25T01:10:00", "2016-05-24T21:10:00-04:00", "2016-05-25T01:10:00+00:00")]
    [InlineData("2016-05-24T13:30:03", "2016-05-24T13:30:00+00:00", "2016-05-24T13:30:03+00:00")]
    public void A_zoneless_machine_time_at_the_utc_clock_of_the_texts_time_is_utc(string local, string shown, string expected) =>
        Assert.Equal(expected, UtcClockOfShownTime.Utc(local, shown));

    [Theory]
    [InlineData("2016-05-24T06:30:03", "2016-05-24T06:30:00-07:00")]
    [InlineData("2016-05-24T13:31:00", "2016-05-24T06:30:00-07:00")]
    [InlineData("2016-05-24T13:30:00", "2016-05-24T06:30:00")]
    [InlineData("2016-05-24T13:30:00", null)]
    public void A_texts_time_at_another_moment_or_without_a_zone_says_nothing(string local, string? shown) => Assert.Null(UtcClockOfShownTime.Utc(local, shown));

    [Fact]
    public void A_time_element_whose_text_reads_another_moment_leaves_its_machine_time_without_zone()
    {
        var html = "<html><head><title>Harbour board buys three ferries | Harbour Log</title></head><body><header><h1>Harbour board buys three ferries</h1>"
            + "<p class=\"meta\">By <a rel=\"author\" href=\"/team/ann-lee/\">Ann Lee</a> | <time itemprop=\"datePublished\" datetime=\"2016-05-24 13:30:03\">May 24, 2016 -- 09:30 PDT</time></p></header>"
            + "<article><p>The harbour board voted on Tuesday to buy three new ferries for the island routes, its chair said at the pier.</p>"
            + "<p>The boats will run from spring, with a new timetable for the winter months and more sailings at weekends.</p></article></body></html>";

        Assert.Equal("2016-05-24T13:30:03", PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html").PublishedAt);
    }

    [Fact]
    public void A_machine_time_of_the_byline_printed_in_gmt_and_pacific_time_is_utc()
    {
        var html = "<html><head><title>Harbour board buys three ferries | Harbour Log</title></head><body><header><h1>Harbour board buys three ferries</h1>"
            + "<p class=\"meta\">By <a rel=\"author\" href=\"/team/ann-lee/\">Ann Lee</a> | <time itemprop=\"datePublished\" datetime=\"2016-05-24 13:30:03\">May 24, 2016 -- 13:30 GMT (06:30 PDT)</time></p></header>"
            + "<article><p>The harbour board voted on Tuesday to buy three new ferries for the island routes, its chair said at the pier.</p>"
            + "<p>The boats will run from spring, with a new timetable for the winter months and more sailings at weekends.</p></article></body></html>";

        Assert.Equal("2016-05-24T13:30:03+00:00", PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html").PublishedAt);
    }
}
