using System.Globalization;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "datePublished": "2026-07-26T14:19:55+02:00" on a story whose address is "…/2026/07/27/ferry-crews/" and whose
/// <c>article:published_time</c> is "2026-07-27T10:42:45+02:00": the structured stamp is when the CMS made the record
/// (a draft begun the day before), while the address dates the story to the day the published meta gives, and the meta
/// is the later time. The meta's time is the story's. Only when the address names a whole day ("/yyyy/mm/dd/"), the meta
/// falls on that day and the structured stamp on an earlier one: a stamp on the address's day, or a meta off it, is
/// left as it was. Cost: asked once per page that has both times; one pass over the page's addresses.
/// </summary>
internal static class StructuredStampBeforeAddressDay
{
    /// <summary>The published meta's time when the structured stamp falls before the address's day and the meta on it, else null.</summary>
    public static string? Published(IDocument document, string structured, string? published)
    {
        if (published is null || published.Length < 19 || structured.Length < 10
            || !DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent)
            || !DateOnly.TryParseExact(structured.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stampDay)
            || !DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sentDay)
            || stampDay >= sentDay)
        {
            return null;
        }

        if (structured.Length >= 19 && DateTimeOffset.TryParse(structured, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamped) && stamped >= sent)
        {
            return null;
        }

        foreach (var address in PageAddress.Of(document))
        {
            if (YearFromDatedAddress.DayInPath(address, dayMayEndPath: false) is { } dated)
            {
                return dated == sentDay ? published : null;
            }
        }

        return null;
    }
}
