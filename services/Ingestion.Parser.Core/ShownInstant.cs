using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "2016-07-14T22:02:00Z" beside the shown "Published 6:02 p.m. ET July 14, 2016" or a
/// <c>time[datetime]</c> in the page's own zone: generators often write UTC, and the same instant in the zone the page
/// names reads better.
/// </summary>
internal static class ShownInstant
{
    /// <summary><paramref name="shown"/> when it is the same instant as <paramref name="utc"/> in another zone, else <paramref name="utc"/>.</summary>
    public static string Prefer(string utc, string? shown)
    {
        if (shown is not { Length: > 19 } || !DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, out var a)
            || !DateTimeOffset.TryParse(shown, CultureInfo.InvariantCulture, out var b) || b.Offset == TimeSpan.Zero)
        {
            return utc;
        }

        if (a == b || LocalClockWrittenAsUtc.Is(a, b))
        {
            return shown;
        }

        // "datePublished": "2023-11-09T05:30:01Z" beside the shown "5:30AM (EST)": the local clock stamped UTC, the page
        // printing its minute only.
        if (LocalClockWrittenAsUtc.IsToTheMinute(a, b))
        {
            return LocalClockWrittenAsUtc.Instant(a, b).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        // "display_date": "2019-06-12T22:42:10.512Z" beside the shown "June 12, 2019 at 6:42 p.m. EDT": the page prints the
        // minute, the metadata the second; the same minute is the same time, written in the zone the page names.
        return b.Second == 0 && a.AddSeconds(-a.Second) == b
            ? a.ToOffset(b.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : utc;
    }

    /// <summary>
    /// A zone-less metadata time ("sailthru.date" "2013-09-24 16:51:27") gives way to the same clock that a
    /// <c>time[datetime]</c> writes with its offset ("Posted: &lt;time datetime="2013-09-24T16:51:27-04:00"&gt;09/24/2013 4:51 pm EDT&lt;/time&gt;").
    /// </summary>
    public static string PreferZoned(string local, IEnumerable<string?> shown) =>
        local.Length == 19
            ? shown.FirstOrDefault(time => time is { Length: > 19 } && time.StartsWith(local[..16], StringComparison.Ordinal)) ?? local
            : local;
}
