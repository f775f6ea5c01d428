using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "article:published_time" "2013-09-27T00:00:00-04:00" beside the byline's
/// "Posted &lt;time class="published" datetime="2013-09-26T21:37:00-04:00"&gt;Thursday, Sept. 26, 2013 9:37 p.m. EDT&lt;/time&gt;":
/// a metadata time at midnight sharp is a print edition's day stamped with no clock; the page's own shown time, within a
/// day of it, is when the story was published.
/// </summary>
internal static class MidnightMetaTime
{
    /// <summary><paramref name="shown"/> when <paramref name="meta"/> is a midnight stamp a day or less from it, else <paramref name="meta"/>.</summary>
    public static string Prefer(string meta, string? shown)
    {
        if (meta.Length < 19 || !meta.AsSpan(10).StartsWith("T00:00:00", StringComparison.Ordinal) || shown is not { Length: > 19 }
            || !DateTimeOffset.TryParse(meta, CultureInfo.InvariantCulture, out var stamp)
            || !DateTimeOffset.TryParse(shown, CultureInfo.InvariantCulture, out var time) || time.TimeOfDay == TimeSpan.Zero)
        {
            return meta;
        }

        return (time - stamp).Duration() < TimeSpan.FromDays(1) ? shown : meta;
    }
}
