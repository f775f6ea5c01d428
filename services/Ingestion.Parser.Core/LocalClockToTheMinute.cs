namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "datePublished": "2013-03-12T09:05:41Z" beside the shown "Published March 12, 2013 9:05AM (EST)": the
/// schema writer stamps the site's local clock UTC, as <see cref="LocalClockWrittenAsUtc"/> reads, but the page prints
/// the minute where the metadata gives the second, so the two clocks agree to the minute only. The same local minute
/// with another offset is the same time mislabelled; the instant is the metadata's clock, second included, in the zone
/// the page names.
/// </summary>
internal static class LocalClockToTheMinute
{
    /// <summary>
    /// Whether <paramref name="utc"/> (offset zero, a second past the minute) reads the clock that <paramref name="shown"/>
    /// prints to the minute with an offset of its own. Midnight is no shown clock (a date alone parses so).
    /// </summary>
    public static bool Is(DateTimeOffset utc, DateTimeOffset shown) =>
        utc.Offset == TimeSpan.Zero && shown.Offset != TimeSpan.Zero && shown.Second == 0 && utc.Second != 0
        && shown.TimeOfDay != TimeSpan.Zero && utc.DateTime.AddSeconds(-utc.Second) == shown.DateTime;

    /// <summary>The metadata's clock, seconds kept, with the shown offset.</summary>
    public static DateTimeOffset Instant(DateTimeOffset utc, DateTimeOffset shown) => new(utc.DateTime, shown.Offset);
}
