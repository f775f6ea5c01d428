using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;time datetime="2014-12-29T11:29:25+00:00"&gt;</c> over the shown "Dec 29 / 11:29 AM", beside the analytics meta's
/// <c>"pub_date":"2014-12-29T16:29:25Z"</c>: a blog theme writes the site's local clock and stamps it UTC, while the
/// analytics service is given the instant in UTC, as its format requires. The two agree to the second but for a whole
/// number of hours: no two times, but one time mislabelled, and the analytics' UTC is the instant.
/// </summary>
internal static class LocalStampBesideAnalyticsInstant
{
    /// <summary>The widest gap between a zone's clock and UTC that a mislabelled stamp is taken for.</summary>
    private const int MostHours = 14;

    /// <summary><paramref name="analytics"/> when <paramref name="stamp"/> is its clock in some zone stamped UTC, else <paramref name="stamp"/>.</summary>
    public static string Prefer(string stamp, string? analytics)
    {
        if (analytics is not { Length: > 19 } || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, out var a)
            || !DateTimeOffset.TryParse(analytics, CultureInfo.InvariantCulture, out var b) || a.Offset != TimeSpan.Zero || b.Offset != TimeSpan.Zero)
        {
            return stamp;
        }

        // Whole hours apart, the minute and second the same and not both zero: a time on the hour may be a rounded one.
        var gap = a - b;
        return gap != TimeSpan.Zero && gap.Ticks % TimeSpan.TicksPerHour == 0 && Math.Abs(gap.TotalHours) <= MostHours && (a.Minute != 0 || a.Second != 0)
            ? analytics
            : stamp;
    }
}
