namespace Ingestion.Parser.Core;

/// <summary>
/// "Kenyan soldiers take position outside the Westgate shopping mall on Tuesday as smoke continued to rise" / "Smoke
/// billows from the roof of the shopping centre after the collapse of three floors": a tabloid prints its lead pictures'
/// captions one after the other between the share row and the text, each a long sentence in sentence case without its
/// full stop. Two such lines read like headlines, but a headline over its deck is shorter than the deck, or set in title
/// case, and a deck ends like a sentence.
/// </summary>
internal static class StackedPictureCaptions
{
    private const int MinWords = 10;

    /// <summary>Whether <paramref name="upper"/> over <paramref name="lower"/> are two such captions.</summary>
    public static bool Are(string upper, string lower) =>
        IsCaptionSentence(upper) && IsCaptionSentence(lower) && upper.Length * 5 >= lower.Length * 4;

    private static bool IsCaptionSentence(string text) =>
        Words.CountUpTo(text, MinWords) >= MinWords && !Words.EndsSentence(text) && !text.AsSpan().TrimEnd().EndsWith('?')
        && TitleCase.CapitalisedShare(text, skipFirst: true) <= 0.4;
}
