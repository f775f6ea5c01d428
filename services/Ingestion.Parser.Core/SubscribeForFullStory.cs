namespace Ingestion.Parser.Core;

/// <summary>
/// "For the full story and more photos, subscribe now and get the digital edition immediately.": a magazine's web copy
/// stops after a few paragraphs and closes with a line that sends the reader to the subscription for the rest; no part of
/// the text. Only a short line that opens with the call ("For the full story", "To read the full article", "For the
/// complete story") and asks for a subscription in it: "For the full story of the strike, see Sunday's paper." is text.
/// Cost: a first-letter check and one prefix match a line; the word search only on a match.
/// </summary>
internal static class SubscribeForFullStory
{
    private static readonly PrefixSet Openings = new(
        "for the full story", "for the full article", "for the complete story", "for the complete article",
        "to read the full story", "to read the full article", "to read the complete story", "to read the complete article");

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is >= 30 and <= 200 && text[0] is 'F' or 'f' or 'T' or 't' && Openings.Matches(text)
        && text.IndexOf("subscri", StringComparison.OrdinalIgnoreCase) >= 0;
}
