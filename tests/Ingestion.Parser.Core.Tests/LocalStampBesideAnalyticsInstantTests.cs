using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LocalStampBesideAnalyticsInstantTests
{
    private const string Page = """
        <html><head><title>Three Ways to Wear a Scarf This Winter - GLOSS</title><meta property="og:site_name" content="GLOSS" />
        <meta name='parsely-page' content='{"title":"Three Ways to Wear a Scarf This Winter","pub_date":"2014-12-29T16:29:25Z","author":"Nell Ashdown"}' /></head>
        <body><time datetime="2014-12-29T11:29:25+00:00"></time>
        <div id="blog-post"><div class="blog-date"><div class="published"><div id="year">2014</div><div id="month">Dec 29</div><div id="time">11:29 AM</div></div>
        <div class="by_author_cls"> By <a href="/author/nashdown/">Nell Ashdown</a></div></div>
        <div class="blog-article"><h1>Three Ways to Wear a Scarf This Winter</h1></div>
        <div class="blog-content"><p>The scarf has come a long way from the itchy thing your grandmother knitted, and this winter it is the easiest way to change a coat.</p>
        <p>Loop it twice for a cold morning, knot it loosely for the office, and let it hang open when the afternoon warms up a little.</p></div></div></body></html>
        """;

    [Fact]
    public void A_local_clock_stamped_utc_gives_way_to_the_analytics_instant_whole_hours_away()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "scarf.html");
        Assert.Equal("2014-12-29T16:29:25+00:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("2014-12-29T11:29:25+00:00", "2014-12-29T16:29:25+00:00", "2014-12-29T16:29:25+00:00")]
    [InlineData("2014-12-29T11:29:25+00:00", "2014-12-29T16:31:25+00:00", "2014-12-29T11:29:25+00:00")]
    [InlineData("2014-12-29T11:00:00+00:00", "2014-12-29T16:00:00+00:00", "2014-12-29T11:00:00+00:00")]
    [InlineData("2014-12-29T11:29:25+00:00", null, "2014-12-29T11:29:25+00:00")]
    [InlineData("2014-12-29T11:29:25+00:00", "2014-12-29T11:29:25+00:00", "2014-12-29T11:29:25+00:00")]
    public void Only_the_same_minute_and_second_whole_hours_apart_is_one_time_mislabelled(string stamp, string? analytics, string expected) =>
        Assert.Equal(expected, LocalStampBesideAnalyticsInstant.Prefer(stamp, analytics));
}
