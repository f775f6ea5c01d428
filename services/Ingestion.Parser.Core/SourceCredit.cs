namespace Ingestion.Parser.Core;

/// <summary>
/// "26/09/13 - 18u42  Bron: Belga", "Quelle: dpa", "Fonte: Lusa": a story taken from a news agency names the agency under
/// a source label, on the date line or on a line of its own, where a byline would stand. The agency wrote the story, but
/// no person did: the label and its value are no author (as an agency signing alone names no writer) and no body.
/// </summary>
internal static class SourceCredit
{
    /// <summary>The longest value after the label: an agency's name, or two joined ("Belga/AFP", "ANP en Reuters").</summary>
    private const int MaxValueLength = 40;

    /// <summary>
    /// The source labels of Dutch, Flemish, German, French, Portuguese, Spanish, Swedish, Norwegian, Danish and Polish papers.
    /// The English "Source:" is left out: under an English story it labels a chart's or a study's source, a sentence of
    /// the text's kind.
    /// </summary>
    private static readonly PhraseSet Labels = new(["bron:", "quelle:", "fonte:", "fuente:", "källa:", "kilde:", "źródło:",
        // "2015-11-23 06:48　来源：河边日报": a Chinese page's source after the date, its colon full-width, often with no space before it.
        "来源：", "来源:"]);

    /// <summary>Where the source label starts in <paramref name="segment"/> (0 when it opens it), or -1 when it holds none.</summary>
    public static int Start(ReadOnlySpan<char> segment)
    {
        // Nearly every segment holds no colon.
        if (!segment.ContainsAny(':', '：'))
        {
            return -1;
        }

        // The label's own colon, not the clock's before it ("2015-11-23 06:48 来源：…"), and the only one after the label.
        var start = Labels.IndexIn(segment);
        var colon = start < 0 ? -1 : segment[start..].IndexOfAny(':', '：') + start;
        if (start < 0 || segment.Length - colon - 1 is < 2 or > MaxValueLength
            || (start > 0 && !char.IsWhiteSpace(segment[start - 1]) && !SpaceSeparatedHanziTags.HoldsHanzi(segment.Slice(start, 1)))
            || segment[(colon + 1)..].ContainsAny(':', '：'))
        {
            return -1;
        }

        var value = segment[(colon + 1)..].Trim();
        return value.Length > 0 && char.IsLetter(value[0]) && Words.CountUpTo(value, 5) <= 4 && !Words.EndsSentence(value) ? start : -1;
    }
}
