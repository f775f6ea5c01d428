namespace Ingestion.Parser.Core;

/// <summary>
/// "Senator's Marathon Speech Can't Stop Vote on Spending Bill": a line set in title case capitalises every word of four
/// letters or more; small words ("on", "the", "as") may stay lower case.
/// </summary>
internal static class TitleCase
{
    /// <summary>Words this long carry the case; shorter ones ("to", "in", "a") stay lower case in title case too.</summary>
    public const int CasedWordLength = 4;

    /// <summary>Whether every long word opens with a capital, and there are at least so many of them.</summary>
    public static bool IsTitleCase(string text, int minLongWords = 3)
    {
        var (cased, capitalised) = CountCased(text, skipFirst: false);
        return cased >= minLongWords && capitalised == cased;
    }

    /// <summary>The share of the long words that open with a capital, the first word left out when asked.</summary>
    public static double CapitalisedShare(string text, bool skipFirst)
    {
        var (cased, capitalised) = CountCased(text, skipFirst);
        return cased == 0 ? 0 : (double)capitalised / cased;
    }

    private static (int Cased, int Capitalised) CountCased(string text, bool skipFirst)
    {
        var cased = 0;
        var capitalised = 0;
        var first = true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range).Trim("\"'“”‘’(),:;");
            if (first && skipFirst)
            {
                first = false;
                continue;
            }

            first = false;
            if (word.Length >= CasedWordLength && char.IsLetter(word[0]))
            {
                cased++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return (cased, capitalised);
    }
}
