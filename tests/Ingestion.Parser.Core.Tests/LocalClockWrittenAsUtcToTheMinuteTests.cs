using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LocalClockWrittenAsUtcToTheMinuteTests
{
    [Fact]
    public void A_utc_stamp_of_the_shown_minute_takes_the_shown_zone_and_keeps_its_second()
    {
        Assert.Equal("2013-03-12T09:05:41-05:00", ShownInstant.Prefer("2013-03-12T09:05:41+00:00", "2013-03-12T09:05:00-05:00"));
    }

    [Theory]
    [InlineData("2013-03-12T09:06:41+00:00", "2013-03-12T09:05:00-05:00")]
    [InlineData("2013-03-13T09:05:41+00:00", "2013-03-12T09:05:00-05:00")]
    [InlineData("2013-03-12T00:00:41+00:00", "2013-03-12T00:00:00-05:00")]
    [InlineData("2013-03-12T09:05:41+00:00", "2013-03-12T09:05:00+00:00")]
    public void Another_minute_another_day_midnight_or_no_other_zone_leaves_the_utc_stamp(string utc, string shown)
    {
        Assert.Equal(utc, ShownInstant.Prefer(utc, shown));
    }

    [Fact]
    public void A_shown_time_with_its_seconds_is_no_minute_of_the_utc_clock()
    {
        Assert.Equal("2013-03-12T09:05:41+00:00", ShownInstant.Prefer("2013-03-12T09:05:41+00:00", "2013-03-12T09:05:30-05:00"));
    }

    [Fact]
    public void A_page_printing_the_minute_in_its_zone_beside_a_utc_stamp_of_that_clock_gives_the_zoned_instant()
    {
        const string html = """
            <html><head><title>Night ferry turns back for a stranded passenger | Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette" />
            <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Night ferry turns back for a stranded passenger","datePublished":"2013-03-12T09:05:41Z","author":{"@type":"Person","name":"Dana Ruiz"}}</script>
            </head><body><main><section class="title-container">
            <h1>Night ferry turns back for a stranded passenger</h1>
            <h3 class="writer_name">By <a href="/writer/dana-ruiz">Dana Ruiz</a></h3>
            <h3 class="publish_date"> Published March 12, 2013 9:05AM (EST) </h3>
            </section>
            <article>
            <p>The last ferry of the night turned back to the pier on Tuesday after a deckhand saw a passenger waving from the ramp.</p>
            <p>The captain said the crossing lost twenty minutes, and no one on board complained about the delay at all.</p>
            </article></main></body></html>
            """;

        Assert.Equal("2013-03-12T09:05:41-05:00", PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").PublishedAt);
    }
}
