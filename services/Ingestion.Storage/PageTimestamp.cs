using System.Globalization;

namespace Ingestion.Storage;

/// <summary>
/// A time as a page prints it: always the wall-clock time, and the instant only where the page named a zone
/// (an ISO 8601 value with an offset). Guessing a zone would store a wrong instant.
/// </summary>
internal readonly record struct PageTimestamp(DateTimeOffset? Instant, DateTime? Local)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public static PageTimestamp Parse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return default;
        }

        if (HasOffset(iso) && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return new PageTimestamp(instant.ToUniversalTime(), DateTime.SpecifyKind(instant.DateTime, DateTimeKind.Unspecified));
        }

        return DateTime.TryParseExact(iso, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new PageTimestamp(null, DateTime.SpecifyKind(local, DateTimeKind.Unspecified))
            : default;
    }

    private static bool HasOffset(string iso)
    {
        var time = iso.IndexOf('T', StringComparison.Ordinal);
        return time > 0 && (iso.EndsWith('Z') || iso.IndexOfAny(['+', '-'], time) > 0);
    }
}
