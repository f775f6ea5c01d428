namespace Ingestion.Parser.Core;

/// <summary>
/// "Published: Friday September 27, 2013 MYT 12:00:00 AM": a Malaysian daily's template names the zone after the year and
/// before the clock it qualifies, where other pages print it after the clock ("12:00 AM MYT"). A known zone in capitals
/// there is held until the next token; it is the clock's zone only when that token is the clock, so a zone after a bare
/// date ("Sep 26, 2013 | SGT") still names no clock.
/// </summary>
internal static class ZoneBeforeClock
{
    public static bool Opens(ReadOnlySpan<char> word, bool clockRead, bool yearRead, bool zoneRead)
    {
        if (clockRead || !yearRead || zoneRead || word.Length is < 2 or > 5)
        {
            return false;
        }

        return TimeZoneAbbreviations.IsKnownInCapitals(word);
    }
}
