using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>article:published_time</c> "2018-03-14T08:30:12+01:00" beside the byline's
/// <c>&lt;time class="entry-date published" datetime="2018-03-14T09:30:12+01:00"&gt;</c> (its link titled "9:30"): an SEO
/// plugin that writes the UTC clock and stamps it with the site's offset, the reverse of <see cref="LocalClockWrittenAsUtc"/>.
/// Both give the same offset and the same second, the metadata's clock behind by just that offset: no other instant, but
/// the same time mislabelled; the byline's time is right.
/// </summary>
internal static class UtcClockWrittenAsLocal
{
    /// <summary><paramref name="shown"/> when <paramref name="meta"/> is its UTC clock under its own offset, else <paramref name="meta"/>.</summary>
    public static string Prefer(string meta, string? shown)
    {
        if (shown is not { Length: > 19 } || !DateTimeOffset.TryParse(meta, CultureInfo.InvariantCulture, out var a)
            || !DateTimeOffset.TryParse(shown, CultureInfo.InvariantCulture, out var b))
        {
            return meta;
        }

        return a.Offset != TimeSpan.Zero && a.Offset == b.Offset && a.DateTime + a.Offset == b.DateTime ? shown : meta;
    }
}
