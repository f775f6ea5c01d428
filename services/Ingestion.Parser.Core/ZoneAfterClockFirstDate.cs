namespace Ingestion.Parser.Core;

/// <summary>
/// "5:42 PM Tuesday Sep 24, 2013 NZST": a New Zealand regional prints the clock first, then the weekday and the date,
/// and names the zone last, after the year, where other pages print it right after the clock ("5:42 PM NZST …"); a British
/// weekly's comment time does the same after a two-digit year the weekday confirms ("8:14am Fri 27 Sep 13 BST").
/// Taken only once a clock and a date with its year are read and no zone yet, so a capitals word after a bare date is never a zone.
/// </summary>
internal static class ZoneAfterClockFirstDate
{
    public static bool Closes(ReadOnlySpan<char> word, bool clockRead, bool dateRead, bool zoneRead)
    {
        if (!clockRead || !dateRead || zoneRead || word.Length is < 2 or > 5)
        {
            return false;
        }

        return TimeZoneAbbreviations.IsKnownInCapitals(word);
    }
}
