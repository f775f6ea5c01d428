namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags/Keywords: Transport, Penang", "Tags|Keywords: …", "Tags/Themen: …": a doubled tags label printed with no spaces
/// round its slash or bar, which <see cref="BilingualLabel"/> (" / " only) leaves whole. A slash inside a word is too common
/// to part any label on, so both halves must be tags labels themselves: the first a known label without its colon, the
/// second one with it.
/// </summary>
internal static class JoinedTagLabels
{
    /// <summary>The longest first label looked at ("Schlagwörter", "Palavras-chave").</summary>
    private const int LongestFirstLabel = 16;

    /// <summary>The line from its second label on, or null when it does not open with two labels joined by "/" or "|".</summary>
    public static string? SecondHalf(string line, PrefixSet labels)
    {
        // A letter first and one vectorised search of the first few characters turn down nearly every line.
        if (line.Length < 8 || !char.IsLetter(line[0]))
        {
            return null;
        }

        var at = line.AsSpan(0, Math.Min(line.Length, LongestFirstLabel + 1)).IndexOfAny('/', '|');
        if (at < 3 || !IsLabelWithoutColon(line.AsSpan(0, at), labels))
        {
            return null;
        }

        var second = line.AsSpan(at + 1);
        return second.Length > 0 && char.IsLetter(second[0]) && labels.MatchLength(second) > 0 ? line[(at + 1)..] : null;
    }

    /// <summary>"Tags", "Mots-clés": a word the label set holds once its colon is added, compared without allocating.</summary>
    private static bool IsLabelWithoutColon(ReadOnlySpan<char> word, PrefixSet labels)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        Span<char> withColon = stackalloc char[LongestFirstLabel + 1];
        word.CopyTo(withColon);
        withColon[word.Length] = ':';
        return labels.MatchLength(withColon[..(word.Length + 1)]) == word.Length + 1;
    }
}
