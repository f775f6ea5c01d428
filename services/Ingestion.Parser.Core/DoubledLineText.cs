namespace Ingestion.Parser.Core;

/// <summary>
/// "A Royal Visit To The HarbourA Royal Visit To The Harbour": a theme prints a headline or a caption twice, one copy
/// for wide screens and one for narrow ones, and a dump of the page's text runs the two together. The line is the text
/// once.
/// </summary>
internal static class DoubledLineText
{
    private const int MinHalfWords = 2;
    private const int MaxLength = 400;

    public static List<TextLine> Undouble(List<TextLine> lines) => LineTextRewrite.Each(lines, Half);

    /// <summary>The line's first half where the line is that half twice, run together; otherwise null.</summary>
    public static string? Half(string line)
    {
        var text = line.AsSpan().Trim();
        // Asked of every line: most are turned down by their length or their middle letters.
        if (text.Length is < 8 or > MaxLength || text.Length % 2 != 0)
        {
            return null;
        }

        var half = text.Length / 2;
        // Run together: the first copy's last character touches the second's first, with no space between.
        if (char.IsWhiteSpace(text[half - 1]) || char.IsWhiteSpace(text[half]) || text[0] != text[half]
            || !text[..half].SequenceEqual(text[half..]) || Words.CountUpTo(text[..half], MinHalfWords) < MinHalfWords)
        {
            return null;
        }

        return text[..half].ToString();
    }
}
