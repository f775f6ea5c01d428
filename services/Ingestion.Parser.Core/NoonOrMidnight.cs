namespace Ingestion.Parser.Core;

/// <summary>
/// "Sept. 27, 2013, noon", "Sept. 26, 2013, midnight": Django's "P" time format, used by its date filter on many news
/// CMSs built with it (and by AP style), writes 12:00 p.m. and 12:00 a.m. as words; "12 noon" names the same hour.
/// </summary>
internal static class NoonOrMidnight
{
    /// <summary>
    /// The clock a "noon" or "midnight" word names, when no clock was read before it; <paramref name="takesTwelve"/> says
    /// the bare "12" right before it belongs to it.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> word, bool clockRead, bool afterBareTwelve, out TimeOnly time, out bool takesTwelve)
    {
        time = default;
        takesTwelve = false;
        if (clockRead || word.Length is not (4 or 8))
        {
            return false;
        }

        if (word.Equals("noon", StringComparison.OrdinalIgnoreCase))
        {
            time = new TimeOnly(12, 0);
        }
        else if (word.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            time = TimeOnly.MinValue;
        }
        else
        {
            return false;
        }

        takesTwelve = afterBareTwelve;
        return true;
    }
}
