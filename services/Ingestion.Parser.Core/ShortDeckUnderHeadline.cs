namespace Ingestion.Parser.Core;

/// <summary>
/// "Gulls 27, Hammers 24: Five things we learned" / "A sloppy win is still a win." / "By Derek Mullins …": a blog's deck
/// may be a short sentence, shorter than the headline over it. A headline of six words or more with no full stop over a
/// sentence of a few words (ten at most, its last no abbreviation such as "U.N.") is the headline over its deck, whatever
/// their lengths; the reader asks for the byline under. A blog's tagline over a sentence-like headline ("Politics, policy
/// and the people in charge …" / "Five things to watch as Obama and Rouhani circle each other at the U.N.") is no headline.
/// </summary>
internal static class ShortDeckUnderHeadline
{
    public static bool Is(ReadOnlySpan<char> headline, ReadOnlySpan<char> deck)
    {
        headline = headline.Trim();
        deck = deck.Trim();
        if (deck.Length < 12 || deck[^1] != '.' || deck.EndsWith("...", StringComparison.Ordinal) || !char.IsUpper(deck[0]) || headline.IsEmpty)
        {
            return false;
        }

        // "… circle each other at the U.N.": a headline ending in an abbreviation is no deck, and a deck is a few words only.
        var lastWord = deck[(deck.LastIndexOf(' ') + 1)..];
        return lastWord.IndexOf('.') == lastWord.Length - 1 && !Words.EndsSentence(headline) && Words.Count(headline) >= 6 && Words.Count(deck) is >= 4 and <= 10;
    }
}
