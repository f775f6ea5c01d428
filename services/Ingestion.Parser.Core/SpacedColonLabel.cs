namespace Ingestion.Parser.Core;

/// <summary>
/// "Topics : Bell Island, Portugal Cove": Canadian papers (and any page set by a French-trained hand) put a space before
/// a label's colon, in English too. The label reads as its spelling with the colon against the word.
/// </summary>
internal static class SpacedColonLabel
{
    private const int MaxLabelLength = 40;

    /// <summary>
    /// The length of the label and its spaced colon when the label, its colon closed up, is one of the set's prefixes
    /// ("Topics :" for "topics:"); 0 otherwise.
    /// </summary>
    public static int MatchLength(PrefixSet labels, ReadOnlySpan<char> text)
    {
        // One bounded search turns down every line with no " :" near its start before anything else.
        var at = text[..Math.Min(text.Length, MaxLabelLength)].IndexOf(" :", StringComparison.Ordinal);
        if (at < 3)
        {
            return 0;
        }

        Span<char> closedUp = stackalloc char[at + 1];
        text[..at].CopyTo(closedUp);
        closedUp[at] = ':';
        return labels.MatchLength(closedUp) == closedUp.Length ? at + 2 : 0;
    }
}
