namespace Ingestion.Parser.Core;

/// <summary>
/// "3:05 p.m. MST (Arizona)", "9:14 a.m. EST (New York)", "17:42 CET (Paris, Berlin)": a page whose readers span zones
/// names the place whose clock the abbreviation is, in brackets right after it. The bracket is the zone's gloss, no word
/// of another kind of line, so it is passed over as the zone's own. Only right after a zone abbreviation, and only a short
/// bracket of capitalised words (letters, spaces, commas, dots, hyphens): "(UTC-7)" is left to the offset readers.
/// </summary>
internal static class ZoneRegionInBrackets
{
    /// <summary>The longest place named in the bracket ("Mountain Standard Time, Arizona").</summary>
    private const int LongestRegion = 40;

    /// <summary>The position after the bracketed place that opens at <paramref name="position"/> (spaces first), or -1 when none does.</summary>
    public static int End(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        if (position + 2 >= text.Length || text[position] != '(' || !char.IsUpper(text[position + 1]))
        {
            return -1;
        }

        var inside = text[(position + 1)..];
        var close = inside[..Math.Min(inside.Length, LongestRegion + 1)].IndexOf(')');
        if (close < 2)
        {
            return -1;
        }

        foreach (var c in inside[..close])
        {
            if (!char.IsLetter(c) && c is not (' ' or ',' or '.' or '-'))
            {
                return -1;
            }
        }

        return position + 1 + close + 1;
    }
}
