using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StructuredStampBeforeAddressDayTests
{
    [Fact]
    public void A_structured_stamp_a_day_before_the_address_day_gives_way_to_the_published_meta_on_it()
    {
        var page = Parse("https://harbourline.example/2026/07/27/ferry-crews-return/", "2026-07-26T14:19:55+02:00", "2026-07-27T10:42:45+02:00");

        Assert.Equal("2026-07-27T10:42:45+02:00", page.PublishedAt);
    }

    [Fact]
    public void The_published_meta_written_with_php_zone_letters_counts_too()
    {
        var page = Parse("https://harbourline.example/2026/07/27/ferry-crews-return/", "2026-07-26T14:19:55+02:00", "2026-07-27CEST10:42:45+02:00");

        Assert.Equal("2026-07-27T10:42:45+02:00", page.PublishedAt);
    }

    [Theory]
    // The address names no day: the structured stamp stands.
    [InlineData("https://harbourline.example/news/ferry-crews-return/", "2026-07-26T14:19:55+02:00", "2026-07-27T10:42:45+02:00")]
    // The meta falls off the address's day.
    [InlineData("https://harbourline.example/2026/07/26/ferry-crews-return/", "2026-07-26T14:19:55+02:00", "2026-07-27T10:42:45+02:00")]
    // The stamp is on the address's day already.
    [InlineData("https://harbourline.example/2026/07/27/ferry-crews-return/", "2026-07-27T08:00:00+02:00", "2026-07-27T10:42:45+02:00")]
    // The meta is earlier than the stamp (a story moved to a later day's address is another case).
    [InlineData("https://harbourline.example/2026/07/27/ferry-crews-return/", "2026-07-28T09:00:00+02:00", "2026-07-27T10:42:45+02:00")]
    public void Otherwise_the_structured_stamp_stands(string address, string structured, string meta)
    {
        var page = Parse(address, structured, meta);

        Assert.Equal(structured, page.PublishedAt);
    }

    private static ParsedPage Parse(string address, string structured, string meta) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry crews return to the northern routes | Harbourline</title>
        <link rel="canonical" href="{{address}}">
        <meta property="article:published_time" content="{{meta}}">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Ferry crews return to the northern routes","datePublished":"{{structured}}","publisher":{"@type":"Organization","name":"Harbourline"} }</script>
        </head><body>
        <article><h1>Ferry crews return to the northern routes</h1>
        <p>Ferry crews returned to the northern routes on Monday after a month of repairs to the two oldest boats of the fleet.</p>
        <p>The operator said the timetable would be back to its summer pattern by the end of the week, with extra crossings at weekends.</p>
        </article></body></html>
        """), "page.html");
}
