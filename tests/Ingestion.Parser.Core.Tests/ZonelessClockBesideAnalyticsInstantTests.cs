using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ZonelessClockBesideAnalyticsInstantTests
{
    private const string Page = """
        <html><head><title>Lantern Walk Fills the Old Mill (photos) | riverton.com</title>
        <meta property="og:site_name" content="riverton.com" />
        <meta name='parsely-page' content='{"title": "Lantern Walk Fills the Old Mill (photos)", "pub_date": "2015-03-07T21:12:40Z", "author": "Ruth Calloway"}'>
        <meta name="article_date_original" content="Saturday, March 7, 2015,  4:12 PM" /></head>
        <body><div id="article"><h1>Lantern Walk Fills the Old Mill (photos)</h1>
        <div id="Byline">By <span class="author vcard"><a class="bl" href="/staff/rcalloway/">Ruth Calloway</a></span>
        <br/>on March 7, 2015 at  4:12 PM</div>
        <div class="entry-content"><p>The historical society led small groups through the old mill on Saturday evening, each carrying a paper lantern past the looms.</p>
        <p>Volunteers in period clothes told the stories of the workers who ran the mill for ninety years before it closed its doors.</p></div></div></body></html>
        """;

    [Fact]
    public void A_shown_clock_without_zone_takes_the_offset_of_the_analytics_instant_hours_away()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "lanterns.html");
        Assert.Equal("2015-03-07T16:12:40-05:00", page.PublishedAt);
    }

    [Fact]
    public void The_same_clock_stamped_utc_names_no_zone()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("2015-03-07T21:12:40Z", "2015-03-07T16:12:40Z", StringComparison.Ordinal)), "lanterns.html");
        Assert.Equal("2015-03-07T16:12:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("2015-03-07T16:12:00", "2015-03-07T21:12:40+00:00", "2015-03-07T16:12:40-05:00")]
    [InlineData("2015-03-07T16:12:40", "2015-03-07T21:12:40+00:00", "2015-03-07T16:12:40-05:00")]
    [InlineData("2015-03-07T22:42:00", "2015-03-07T17:12:05+00:00", "2015-03-07T22:42:05+05:30")]
    [InlineData("2015-03-07T16:12:00", "2015-03-07T21:19:40+00:00", "2015-03-07T16:12:00")]
    [InlineData("2015-03-07T16:12:15", "2015-03-07T21:12:40+00:00", "2015-03-07T16:12:15")]
    [InlineData("2015-03-07T16:12:00", "2015-03-07T16:12:40+00:00", "2015-03-07T16:12:00")]
    [InlineData("2015-03-07T16:12:00", "2015-03-07T21:12:40-05:00", "2015-03-07T16:12:00")]
    [InlineData("2015-03-07T16:12:00", null, "2015-03-07T16:12:00")]
    public void Only_the_same_minute_a_zone_apart_is_one_moment(string local, string? analytics, string expected) =>
        Assert.Equal(expected, ZonelessClockBesideAnalyticsInstant.Zoned(local, analytics));
}
