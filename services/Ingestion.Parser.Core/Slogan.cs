namespace Ingestion.Parser.Core;

/// <summary>
/// "Your town. Your news.", "Real stories. Real people.": a paper's slogan under its masthead, two or more clipped
/// sentences of a few words each. Set right over the headline with no blank line between (a scraper's one line per
/// element), it reads as a short headline over a longer deck; no headline is clipped so.
/// </summary>
internal static class Slogan
{
    private const int MaxLength = 60;

    private const int MaxWordsPerSentence = 4;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 8 or > MaxLength || text[^1] != '.' || !char.IsUpper(text[0]) || text.IndexOf(". ", StringComparison.Ordinal) < 0 || Words.HasDigit(text))
        {
            return false;
        }

        var sentences = 0;
        foreach (var range in text[..^1].Split(". "))
        {
            var sentence = text[range].Trim();
            // "Mr. Smith Goes to Washington. Again.": a lone word before a full stop is an abbreviation, not a clipped sentence.
            if (sentence.IsEmpty || !char.IsUpper(sentence[0]) || sentence.Contains('.') || Words.Count(sentence) is < 2 or > MaxWordsPerSentence)
            {
                return false;
            }

            sentences++;
        }

        return sentences >= 2;
    }
}
