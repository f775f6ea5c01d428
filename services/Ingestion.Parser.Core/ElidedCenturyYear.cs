namespace Ingestion.Parser.Core;

/// <summary>
/// "9 March '13, 4:05pm", "Oct '12": a blog template prints the year after a month name with its century elided, an
/// apostrophe in its place. The two digits are the year's last, of this century below 50 and of the last above; a
/// two-digit number after the apostrophe with no month name before it ("Class of '14") is no year.
/// Cost: only lines that failed to read as dates and hold an apostrophe are looked at, once.
/// </summary>
internal static class ElidedCenturyYear
{
    private const int CenturyCut = 50;

    /// <summary>The line with the elided year written out in full, or null when it holds no month name and such a year.</summary>
    public static string? Expanded(ReadOnlySpan<char> line)
    {
        var apostrophe = line.IndexOfAny('\'', '’');
        if (apostrophe < 2 || line[apostrophe - 1] != ' ' || apostrophe + 2 >= line.Length
            || !char.IsAsciiDigit(line[apostrophe + 1]) || !char.IsAsciiDigit(line[apostrophe + 2])
            || (apostrophe + 3 < line.Length && char.IsAsciiLetterOrDigit(line[apostrophe + 3])))
        {
            return null;
        }

        var wordEnd = apostrophe - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        if (!DateWords.TryGet(line[wordStart..wordEnd], out var kind, out _) || kind != DateWords.Kind.Month)
        {
            return null;
        }

        var twoDigits = (line[apostrophe + 1] - '0') * 10 + (line[apostrophe + 2] - '0');
        var century = twoDigits < CenturyCut ? "20" : "19";
        return string.Concat(line[..apostrophe], century, line[(apostrophe + 1)..]);
    }
}
