using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LocalClockWrittenAsUtcTests
{
    [Fact]
    public void A_utc_stamp_of_the_same_clock_gives_way_to_the_zoned_time()
    {
        Assert.Equal("2015-09-22T11:05:40+02:00", ShownInstant.Prefer("2015-09-22T11:05:40+00:00", "2015-09-22T11:05:40+02:00"));
        Assert.Equal("2015-01-08T17:20:03-05:00", ShownInstant.Prefer("2015-01-08T17:20:03+00:00", "2015-01-08T17:20:03-05:00"));
    }

    [Theory]
    [InlineData("2015-09-22T11:05:41+00:00", "2015-09-22T11:05:40+02:00")]
    [InlineData("2015-09-22T11:05:40+00:00", "2015-09-22T11:05:40+00:00")]
    [InlineData("2015-09-22T00:00:00+00:00", "2015-09-22T00:00:00+02:00")]
    [InlineData("2015-09-23T11:05:40+00:00", "2015-09-22T11:05:40+02:00")]
    public void Another_clock_another_day_or_midnight_leaves_the_utc_stamp(string utc, string zoned)
    {
        Assert.Equal(utc, ShownInstant.Prefer(utc, zoned));
    }

    [Fact]
    public void A_page_with_both_stamps_takes_the_zoned_one()
    {
        const string html = """
            <html><head><title>Wie Mieter ihre Daten sichern</title>
            <meta property="article:published_time" content="2015-09-22T11:05:40+02:00" />
            <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Wie Mieter ihre Daten sichern","datePublished":"2015-09-22T11:05:40+00:00","author":{"@type":"Person","name":"Jana Westphal"}}</script>
            </head><body><article><h1>Wie Mieter ihre Daten sichern</h1>
            <p>von Jana Westphal am 22. September 2015, 11:05 Uhr</p>
            <p>Der Verband rät, Kopien der wichtigsten Unterlagen an einem zweiten Ort aufzubewahren und regelmäßig zu prüfen.</p>
            <p>Wer Fragen hat, kann sich an die Beratungsstellen in den Bezirken wenden, die montags und donnerstags geöffnet sind.</p>
            </article></body></html>
            """;

        Assert.Equal("2015-09-22T11:05:40+02:00", PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").PublishedAt);
    }
}
