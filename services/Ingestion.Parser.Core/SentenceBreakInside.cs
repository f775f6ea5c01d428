namespace Ingestion.Parser.Core;

/// <summary>
/// "Fares in the U.S. rose faster than in any other port" is one sentence, though it holds two full stops: a stop
/// inside a dotted abbreviation ("U.S.", "a.m."), a decimal ("3.5") or a web address ("example.com") closes no sentence.
/// Such a stop has a letter or a digit right after it, or closes a dotted abbreviation with the sentence going on in
/// lower case after it ("… the U.S. are …"). Any other stop, "!" or "?" inside the words ends a sentence, as before: a
/// quotation closed inside the line ("… a "dangerous gamble." The …") is one sentence ended.
/// </summary>
internal static class SentenceBreakInside
{
    /// <summary>Whether a sentence ends inside <paramref name="words"/> (its own closing stop trimmed off by the caller).</summary>
    public static bool Has(ReadOnlySpan<char> words)
    {
        for (var i = words.IndexOfAny(".!?"); i >= 0 && i < words.Length; i++)
        {
            if (words[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            if (words[i] == '.' && (IsInsideWord(words, i) || ClosesDottedAbbreviationMidSentence(words, i)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>"U.S", "3.5", "example.com": a letter or digit right after the stop.</summary>
    private static bool IsInsideWord(ReadOnlySpan<char> words, int stop) => stop + 1 < words.Length && char.IsLetterOrDigit(words[stop + 1]);

    /// <summary>"U.S. are", "a.m. and": the stop after a dotted abbreviation's last letter, the next word in lower case.</summary>
    private static bool ClosesDottedAbbreviationMidSentence(ReadOnlySpan<char> words, int stop)
    {
        if (stop < 2 || words[stop - 2] != '.' || !char.IsLetter(words[stop - 1]))
        {
            return false;
        }

        var next = stop + 1;
        if (next >= words.Length || !char.IsWhiteSpace(words[next]))
        {
            return false;
        }

        while (next < words.Length && char.IsWhiteSpace(words[next]))
        {
            next++;
        }

        return next < words.Length && char.IsLower(words[next]);
    }
}
