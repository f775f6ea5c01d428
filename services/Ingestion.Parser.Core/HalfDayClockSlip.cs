using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "datePublished": "2016-11-02T07:30" beside the byline's "November 2, 2016 | 7:30 PM": a template that formats the
/// hour on a twelve-hour clock and drops the AM/PM mark writes the evening as the morning. Where the shown time, with
/// no zone either, is the same day and minute twelve hours apart, the page's own clock is the time.
/// </summary>
internal static class HalfDayClockSlip
{
    public static string? Shown(string metadata, string? shown)
    {
        if (metadata.Length != 19 || shown is not { Length: 19 }
            || !DateTime.TryParseExact(metadata, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)
            || !DateTime.TryParseExact(shown, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var printed))
        {
            return null;
        }

        return written.Date == printed.Date && Math.Abs((printed - written).TotalHours) == 12 ? shown : null;
    }
}
