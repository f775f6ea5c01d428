using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A day-only meta that is the UTC day of the byline's zoned time gives way to it (UtcDayMetaBesideBylineTime).</summary>
public class UtcDayMetaBesideBylineTimeTests
{
    private static ParsedPage Parse(string metaDay, string datetime) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>Harbour board explains the ferry fare trial | Quay News</title>
        <meta name="sailthru.date" content="{metaDay}"></head>
        <body><article><header><h1>Harbour board explains the ferry fare trial</h1>
        <p class="byline vcard">By <a class="author fn">Ada Reyes</a> <span class="publish-date">on <time class="updated" datetime="{datetime}" pubdate>June 29, 2014 08:08 pm</time></span></p></header>
        <p>The harbour board has explained why it charged some riders a different fare for a week, after complaints from commuters.</p>
        <p>The trial, the board said, was meant to learn whether cheaper evening crossings would fill the late boats.</p>
        </article></body></html>
        """), "fares.html", "text/html");

    [Fact]
    public void A_meta_day_that_is_the_bylines_utc_day_gives_way_to_the_bylines_zoned_time() =>
        Assert.Equal("2014-06-29T20:08:00-04:00", Parse("2014-06-30", "2014-06-29 20:08:00-0400").PublishedAt);

    [Fact]
    public void A_meta_day_that_is_neither_day_of_the_byline_time_stays() =>
        Assert.Equal("2014-07-02", Parse("2014-07-02", "2014-06-29 20:08:00-0400").PublishedAt);

    [Fact]
    public void A_byline_time_without_a_zone_leaves_the_meta_day()
    {
        Assert.Null(UtcDayMetaBesideBylineTime.Prefer("2014-06-30", "2014-06-29T20:08:00"));
        Assert.Equal("2014-06-29T20:08:00-04:00", UtcDayMetaBesideBylineTime.Prefer("2014-06-30", "2014-06-29T20:08:00-04:00"));
    }
}
