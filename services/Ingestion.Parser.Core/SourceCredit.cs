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
    private static readonly PhraseSet Labels = new(["bron:", "quelle:", "fonte:", "fuente:", "källa:", "kilde:", "źródło:"]);

    /// <summary>Where the source label starts in <paramref name="segment"/> (0 when it opens it), or -1 when it holds none.</summary>
    public static int Start(ReadOnlySpan<char> segment)
    {
        // Nearly every segment holds no colon.
        var colon = segment.IndexOf(':');
        if (colon < 4 || segment.Length - colon - 1 is < 2 or > MaxValueLength)
        {
            return -1;
        }

        var start = Labels.IndexIn(segment);
        if (start < 0 || (start > 0 && !char.IsWhiteSpace(segment[start - 1])) || segment.IndexOf(':') != segment[start..].IndexOf(':') + start)
        {
            return -1;
        }

        var value = segment[(colon + 1)..].Trim();
        return value.Length > 0 && char.IsLetter(value[0]) && Words.CountUpTo(value, 5) <= 4 && !Words.EndsSentence(value) ? start : -1;
    }
}
