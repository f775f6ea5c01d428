using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="date"&gt;12.10.2015, 19:16 Uhr&lt;/div&gt;&lt;meta itemprop="dateCreated" content="2019-05-07T17:00:52+02:00"&gt;": a
/// microdata creation stamp with no publish time beside it, days after the date the story's header shows. The stamp is
/// when the CMS made this copy of the story (a move to a new system, an archive import); the shown date is the story's.
/// A stamp on the shown day, or before it, stays: it is the more precise of the two.
/// </summary>
internal static class CreationStampAfterShownDate
{
    public static string Prefer(string created, PageTime? shown)
    {
        if (shown is not { Date: { } shownDay, Relative: false } time || time.ToIso() is not { } shownIso
            || !DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return created;
        }

        return DateOnly.FromDateTime(stamp.Date) > shownDay.AddDays(1) ? shownIso : created;
    }
}
