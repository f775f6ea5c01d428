namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "datePublished": "2015-09-22T11:05:40+00:00" beside <c>article:published_time</c>
/// "2015-09-22T11:05:40+02:00" and the shown "22. September 2015, 11:05 Uhr": a schema plugin that writes the site's local
/// clock and stamps it UTC. The same clock to the second with another offset is no other instant but the same time
/// mislabelled; the zoned one is right. A page may print the minute only where the metadata gives the second
/// ("2013-03-12T09:05:41Z" beside "Published March 12, 2013 9:05AM (EST)"): the same local minute is the same mislabelled
/// time, and the instant is the metadata's clock, second kept, in the zone the page names.
/// </summary>
internal static class LocalClockWrittenAsUtc
{
    /// <summary>Whether <paramref name="utc"/> (offset zero) reads the very clock that <paramref name="zoned"/> gives with an offset of its own.</summary>
    public static bool Is(DateTimeOffset utc, DateTimeOffset zoned) =>
        utc.Offset == TimeSpan.Zero && zoned.Offset != TimeSpan.Zero && utc.DateTime == zoned.DateTime && zoned.TimeOfDay != TimeSpan.Zero;

    /// <summary>Whether <paramref name="utc"/>, a second past the minute, reads the clock that <paramref name="shown"/> prints to the minute.</summary>
    public static bool IsToTheMinute(DateTimeOffset utc, DateTimeOffset shown) =>
        shown.Second == 0 && utc.Second != 0 && Is(utc.AddSeconds(-utc.Second), shown);

    /// <summary>The metadata's clock, seconds kept, with the shown offset.</summary>
    public static DateTimeOffset Instant(DateTimeOffset utc, DateTimeOffset shown) => new(utc.DateTime, shown.Offset);
}
