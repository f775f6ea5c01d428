namespace Ingestion.Parser.Core;

/// <summary>
/// "2026-07-27CEST10:42:45+02:00" in an <c>article:published_time</c> meta: a PHP template formats the time with
/// "Y-m-dTH:i:sP", and PHP's format letter "T" prints the zone's abbreviation ("CEST", "EDT", "UTC") where ISO 8601 puts
/// its literal "T". Read word by word the value was no date at all, so the page's published meta was lost and another,
/// earlier stamp stood in. Only the whole value of that shape (a dashed date, two to five capital letters, a clock with
/// its colon right after them) gets its "T" back; the offset that follows is the value's own, so the abbreviation is
/// dropped unread. Cost: a length check and a few character compares per value read as a date; one short string only for
/// a value of that shape.
/// </summary>
internal static class ZoneNameForIsoSeparator
{
    private const int ShortestZone = 2;

    private const int LongestZone = 5;

    /// <summary>The value with "T" in place of the zone's letters ("2026-07-27T10:42:45+02:00"), else null.</summary>
    public static string? WithT(ReadOnlySpan<char> value)
    {
        if (value.Length < 10 + ShortestZone + 5 || value[4] != '-' || value[7] != '-' || !Words.AreAllDigits(value[..4])
            || !Words.AreAllDigits(value.Slice(5, 2)) || !Words.AreAllDigits(value.Slice(8, 2)))
        {
            return null;
        }

        var letters = 0;
        while (10 + letters < value.Length && char.IsAsciiLetterUpper(value[10 + letters]))
        {
            letters++;
        }

        var clock = 10 + letters;
        return letters is >= ShortestZone and <= LongestZone && clock + 5 <= value.Length
            && Words.AreAllDigits(value.Slice(clock, 2)) && value[clock + 2] == ':' && Words.AreAllDigits(value.Slice(clock + 3, 2))
            ? string.Concat(value[..10], "T", value[clock..])
            : null;
    }
}
