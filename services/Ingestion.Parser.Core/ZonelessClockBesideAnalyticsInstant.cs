using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;meta name="article_date_original" content="Saturday, March 7, 2015, 4:12 PM"&gt;</c> (the byline's "on March 7, 2015
/// at 4:12 PM", no zone shown) beside the analytics meta's <c>"pub_date":"2015-03-07T21:12:40Z"</c>: the page's clock and
/// the analytics service's UTC agree to the minute but for whole hours (or quarter hours), so they are one moment read in
/// the site's zone and in UTC, as the analytics format requires. The gap is the site's offset, and the moment keeps the
/// analytics' seconds where the shown clock has none. The same clock with a "Z" (no gap) names no zone and is left alone,
/// as is a clock of another minute (an update, a scheduled time).
/// </summary>
internal static class ZonelessClockBesideAnalyticsInstant
{
    /// <summary>Length of "2015-03-07T16:12:00", a time without an offset.</summary>
    private const int LocalLength = 19;

    /// <summary>The widest gap between a zone's clock and UTC.</summary>
    private static readonly TimeSpan MostGap = TimeSpan.FromHours(14);

    /// <summary>Zones are whole, half or quarter hours from UTC.</summary>
    private static readonly long ZoneStep = TimeSpan.FromMinutes(15).Ticks;

    /// <summary><paramref name="local"/> with the offset the analytics instant gives it, else <paramref name="local"/> as it is.</summary>
    public static string Zoned(string local, string? analytics)
    {
        if (local.Length != LocalLength || analytics is not { Length: > LocalLength }
            || !DateTime.TryParseExact(local, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            || !DateTimeOffset.TryParse(analytics, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || instant.Offset != TimeSpan.Zero)
        {
            return local;
        }

        // A clock shown to the minute (":00") takes the analytics' seconds; a clock with seconds must have the same ones.
        var utc = instant.UtcDateTime;
        if (clock.Second != 0 && clock.Second != utc.Second)
        {
            return local;
        }

        var gap = clock.AddSeconds(utc.Second - clock.Second) - utc;
        if (gap == TimeSpan.Zero || gap.Ticks % ZoneStep != 0 || gap.Duration() > MostGap)
        {
            return local;
        }

        return new DateTimeOffset(DateTime.SpecifyKind(utc.Add(gap), DateTimeKind.Unspecified), gap).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
