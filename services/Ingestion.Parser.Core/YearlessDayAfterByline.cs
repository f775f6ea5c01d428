namespace Ingestion.Parser.Core;

/// <summary>
/// "By Jane Roe March 18 at 3:57 PM Follow @janeroe": a newspaper template prints the current year's stories with the
/// month and day alone, run into the byline with no comma. The labelled byline's names end where the month opens; the
/// day itself, lacking its year, dates nothing.
/// </summary>
internal static class YearlessDayAfterByline
{
    /// <summary>The names of the "By" byline before a "Month Day" that holds the segment's first digit, or null.</summary>
    public static List<string>? NamesBefore(string segment, int digit)
    {
        // The day: one or two digits, a word of its own ("18", "18,"), its month the word before it.
        if (digit < 4 || segment[digit - 1] != ' ' || DayLength(segment.AsSpan(digit)) == 0)
        {
            return null;
        }

        var monthStart = segment.LastIndexOf(' ', digit - 2) + 1;
        if (monthStart <= 0
            || !DateWords.TryGet(segment.AsSpan(monthStart, digit - 1 - monthStart).TrimEnd('.'), out var kind, out _) || kind != DateWords.Kind.Month)
        {
            return null;
        }

        // "September 24, 2013": a day with its year is a date, read as such.
        if (YearInText.In(segment.AsSpan(Math.Min(segment.Length, digit + 1))))
        {
            return null;
        }

        // Only a labelled byline: "Jane Roe March 18" alone might be a sentence's subject or a caption.
        return BylineParser.OpensAsByline(segment) ? BylineParser.TryRead(segment[..monthStart].TrimEnd()) : null;
    }

    private static int DayLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && length < 3 && char.IsAsciiDigit(text[length]))
        {
            length++;
        }

        var ends = length == text.Length || text[length] is ' ' or ',';
        return length is 1 or 2 && ends && int.Parse(text[..length]) is >= 1 and <= 31 ? length : 0;
    }
}
