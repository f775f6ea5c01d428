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
    public static string Prefer(string utc, string? shown) =>
        shown is { Length: > 19 } && DateTimeOffset.TryParse(utc, CultureInfo.InvariantCulture, out var a)
        && DateTimeOffset.TryParse(shown, CultureInfo.InvariantCulture, out var b) && a == b && b.Offset != TimeSpan.Zero
            ? shown
            : utc;
}
