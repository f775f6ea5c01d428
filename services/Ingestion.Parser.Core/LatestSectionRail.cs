namespace Ingestion.Parser.Core;

/// <summary>
/// "Latest Editors' Blog" / "Shutdown Clock: What Closes at Midnight" / "Cruz Says He Has 'No Regrets'": a blog's rail of
/// its newest posts under the text, a "Latest" heading naming the section over its headline links, printed with no
/// bullets. The headlines end no sentence and the block stands alone between blank lines, which tells it from a crosshead
/// ("Latest developments" over a paragraph of text).
/// </summary>
internal static class LatestSectionRail
{
    private const string Prefix = "Latest ";
    private const int MaxHeadingLength = 40;
    private const int MaxHeadingWords = 4;
    private const int MaxItemLength = 100;
    private const int MinItems = 2;

    /// <summary>The last headline of the rail whose heading is at <paramref name="heading"/>, or -1.</summary>
    public static int End(PageLines lines, int heading, int end)
    {
        // Asked of every line of the text: the prefix rejects a prose line at once.
        var text = lines[heading].Text;
        if (text.Length > MaxHeadingLength || !text.StartsWith(Prefix, StringComparison.Ordinal) || !IsHeading(text.AsSpan().TrimEnd()))
        {
            return -1;
        }

        var i = lines.BlockEnd(heading + 1, end, IsHeadline);
        var items = i - heading - 1;

        // The block ends at a blank line or the page's end: a headline run on into text is no rail.
        return items >= MinItems && (i >= end || lines[i].IsBlank) ? i - 1 : -1;
    }

    /// <summary>"Latest Editors' Blog", "Latest News": the section's name in title case after "Latest", no sentence.</summary>
    internal static bool IsHeading(ReadOnlySpan<char> text)
    {
        if (text.Length <= Prefix.Length || text[^1] is '.' or '!' or '?' or ':' || Words.HasDigit(text))
        {
            return false;
        }

        return Words.CapitalisedCount(text, MaxHeadingWords) >= 2;
    }

    private static bool IsHeadline(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 0 and <= MaxItemLength && char.IsUpper(text[0]) && !Words.EndsSentence(text);
    }
}
