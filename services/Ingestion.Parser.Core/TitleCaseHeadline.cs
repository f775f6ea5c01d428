namespace Ingestion.Parser.Core;

/// <summary>
/// "Tessaline Foods to Open Distribution Center in Kenmore County, Adding 220 Jobs" / "Company to invest $48 million in new
/// facility near Interstate 65": US pages set the headline in title case and the deck under it in sentence case. A
/// kicker over a headline is a few words, and a menu of sections has no short word in lower case; a headline of five
/// words or more in title case over a sentence-case line of five or more is the headline over its deck, whichever is
/// longer. A headline of two sentences in title case ("I Rode Every Night Bus … for a Month. Here Is What I Learned.")
/// keeps its full stops and is a headline still (<see cref="TitleCaseSentenceHeadline"/>).
/// </summary>
internal static class TitleCaseHeadline
{
    private const int MinWords = 5;

    public static bool IsOverDeck(string headline, string deck) =>
        (!Words.EndsSentence(headline) || TitleCaseSentenceHeadline.Is(headline)) && Words.CountUpTo(headline, MinWords) >= MinWords && Words.CountUpTo(deck, MinWords) >= MinWords
        && TitleCase.CapitalisedShare(headline, skipFirst: false) >= 0.8 && HasLowercaseJoinWord(headline) && TitleCase.CapitalisedShare(deck, skipFirst: true) <= 0.4;

    /// <summary>"to", "in", "of": title case keeps its short words in lower case, which a menu of capitalised sections lacks.</summary>
    internal static bool HasLowercaseJoinWord(string text)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (word.Length is >= 1 and < TitleCase.CasedWordLength && char.IsAsciiLetterLower(word[0]) && !word.ContainsAnyExceptInRange('a', 'z'))
            {
                return true;
            }
        }

        return false;
    }
}
