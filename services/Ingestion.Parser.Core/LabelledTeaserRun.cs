namespace Ingestion.Parser.Core;

/// <summary>
/// "Don't miss..." / "Ferry fares to rise for the third time this year [INSIGHT]" / "Harbour board names its new chair
/// [REVEAL]" / "Night crossing kept for the winter [LATEST]": a tabloid's box of links to its other stories between the
/// paragraphs, each headline flagged with a word in capitals in square brackets, a different word on each. Alone, a
/// headline-like line closing on a bracketed word in capitals reads as a broadcaster's caption crediting its agency
/// ("… in the capital [AFP]"); a run of them, each flag another word, is the teaser list: no caption and no text. An
/// agency's name, and the short flags agencies go by ("[AP]", "[EPA]"), stay credits.
/// </summary>
internal static class LabelledTeaserRun
{
    private const int ShortestFlag = 4;
    private const int LongestFlag = 15;
    private const int FewestHeadlineWords = 4;

    public static bool Is(PageLines lines, int index)
    {
        if (Flag(lines[index].Text) is not { Length: > 0 } flag)
        {
            return false;
        }

        return (index > 0 && Flag(lines[index - 1].Text) is { Length: > 0 } above && !above.SequenceEqual(flag))
            || (index + 1 < lines.Count && Flag(lines[index + 1].Text) is { Length: > 0 } below && !below.SequenceEqual(flag));
    }

    /// <summary>"INSIGHT" of "Ferry fares to rise for the third time this year [INSIGHT]", else empty.</summary>
    private static ReadOnlySpan<char> Flag(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text is not [.., ']'] || text.LastIndexOf(" [", StringComparison.Ordinal) is not (> 0 and var open))
        {
            return [];
        }

        var flag = text[(open + 2)..^1];
        if (flag.Length is < ShortestFlag or > LongestFlag || flag.ContainsAnyExceptInRange('A', 'Z') || CaptionDetector.IsAgencyName(flag)
            || Words.Count(text[..open]) < FewestHeadlineWords)
        {
            return [];
        }

        return flag;
    }
}
