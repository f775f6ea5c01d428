using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="sailthru.date" content="2014-06-30"&gt;" in the head, "&lt;time datetime="2014-06-29 20:08:00-0400"
/// pubdate&gt;June 29, 2014 08:08 pm&lt;/time&gt;" in the byline: a newsletter or analytics meta writes the day the story
/// went out in UTC, while the byline's time gives the local clock with its offset. Where the day-only meta is the UTC
/// day of the byline's zoned time and not its local day, both name the same moment, and the byline's time, with its
/// clock and zone, is the publication time. A byline time of another UTC day is another time, and the meta stays.
/// Cost: once a page, only when the metadata gave a day alone; one parse of the byline time's attribute.
/// </summary>
internal static class UtcDayMetaBesideBylineTime
{
    /// <summary>The byline's zoned time when <paramref name="metaDay"/> is its UTC day and not its local one; else null.</summary>
    public static string? Prefer(string metaDay, string? bylineTime)
    {
        if (DateLineParser.ToIso(bylineTime) is not { Length: > 19 } zoned || zoned.StartsWith(metaDay, StringComparison.Ordinal)
            || !DateTimeOffset.TryParse(zoned, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return null;
        }

        return instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == metaDay ? zoned : null;
    }
}
