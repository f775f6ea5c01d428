namespace Ingestion.Parser.Core;

/// <summary>
/// "• kimberly s." over a soundoff reply, "2. mike d.": a commenter who signs in lower case with the initial of the
/// surname; its full stop ends no sentence, as the capital initial of "Carla W." ends none. Asked only of a line the
/// thread already marks as a header (a bullet or a number), so a lower-case "plan b." in a comment's text is no name.
/// </summary>
internal static class LowercaseInitialName
{
    private const int LongestName = 40;
    private const int MostWordsBeforeInitial = 2;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 5 or > LongestName || text[^1] != '.' || text[^3] != ' ' || !char.IsLower(text[^2]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text[..^3].Split(' '))
        {
            var word = text[..^3][range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "kimberly", "mary-kate", "o'neil", "josé": letters only, no full stop of a sentence before the initial.
            if (++words > MostWordsBeforeInitial || word.Length < 2 || !char.IsLetter(word[0]) || !IsNameWord(word))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '-' or '’'))
            {
                return false;
            }
        }

        return true;
    }
}
