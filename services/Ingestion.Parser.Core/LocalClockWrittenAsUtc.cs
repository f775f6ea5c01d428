namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "datePublished": "2015-09-22T11:05:40+00:00" beside <c>article:published_time</c>
/// "2015-09-22T11:05:40+02:00" and the shown "22. September 2015, 11:05 Uhr": a schema plugin that writes the site's local
/// clock and stamps it UTC. The same clock to the second with another offset is no other instant but the same time
/// mislabelled; the zoned one is right.
/// </summary>
internal static class LocalClockWrittenAsUtc
{
    /// <summary>Whether <paramref name="utc"/> (offset zero) reads the very clock that <paramref name="zoned"/> gives with an offset of its own.</summary>
    public static bool Is(DateTimeOffset utc, DateTimeOffset zoned) =>
        utc.Offset == TimeSpan.Zero && zoned.Offset != TimeSpan.Zero && utc.DateTime == zoned.DateTime && zoned.TimeOfDay != TimeSpan.Zero;
}
