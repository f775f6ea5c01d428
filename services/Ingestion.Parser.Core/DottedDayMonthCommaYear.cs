namespace Ingestion.Parser.Core;

/// <summary>
/// "23.08, 2012 @ 14:07": old WordPress themes (Kubrick's heirs) sign a comment with the day and month joined by a dot,
/// a comma and the year ("d.m, Y"). The day-month pair alone is no date (a score, a price, a dotted clock), so it is held
/// only when the year follows it as the next word.
/// </summary>
internal static class DottedDayMonthCommaYear
{
    /// <summary>"23.08", "3.11": one or two digits for a calendar day, a dot, two digits for a month.</summary>
    public static bool TryRead(ReadOnlySpan<char> token, out int day, out int month)
    {
        day = month = 0;
        var dot = token.IndexOf('.');
        return dot is 1 or 2 && token.Length == dot + 3
            && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[dot - 1]) && char.IsAsciiDigit(token[dot + 1]) && char.IsAsciiDigit(token[dot + 2])
            && (day = Number(token[..dot])) is >= 1 and <= 31
            && (month = Number(token[(dot + 1)..])) is >= 1 and <= 12;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
