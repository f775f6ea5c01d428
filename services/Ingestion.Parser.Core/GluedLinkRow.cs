namespace Ingestion.Parser.Core;

/// <summary>
/// "PoliticsDonald TrumpJoe Biden Nikki Haley": a story's topic links in a row with no space between them, as
/// <c>w3m</c> prints them, so each link's last letter runs into the next one's capital. The row reads like a short
/// title-case headline over the real one, but two or more of its words are two names glued together. A camel-case
/// brand joins a short front part ("PlayStation", "WordPress", "McDonald") or glues once in one word
/// ("GlaxoSmithKline"), so a glue counts only after four lower-case letters and once a word.
/// </summary>
internal static class GluedLinkRow
{
    private const int MaxLength = 120;

    private const int LeastGluedWords = 2;

    /// <summary>The lower-case letters a link's word ends with before the next link's capital.</summary>
    private const int LeastLettersBeforeGlue = 4;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || Words.EndsSentence(text))
        {
            return false;
        }

        var glued = 0;
        foreach (var range in text.Split(' '))
        {
            if (IsGlued(text[range]) && ++glued >= LeastGluedWords)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGlued(ReadOnlySpan<char> word)
    {
        var lowerRun = 0;
        for (var i = 0; i + 2 < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c))
            {
                lowerRun++;
                if (lowerRun >= LeastLettersBeforeGlue && char.IsUpper(word[i + 1]) && char.IsLower(word[i + 2]))
                {
                    return true;
                }
            }
            else
            {
                lowerRun = 0;
            }
        }

        return false;
    }
}
