namespace Ingestion.Parser.Core;

/// <summary>
/// "This story was provided by Orbit Weekly, dedicated to covering all aspects of the launch business.", "This article was
/// provided by our partners at Harbor Health News.": a portal's note under a story another outlet wrote, naming the outlet,
/// the portal's furniture as "The above story is based on materials provided by …" is, no paragraph of the text. It opens
/// with the story's kind and "was provided by", and the giver is a name (a capital) or "our …" partners; a sentence of the
/// text telling who gave a thing ("This story was provided by a neighbour who …") names no outlet so.
/// </summary>
internal static class SyndicationProviderNote
{
    private static readonly PrefixSet Openings = new(
    [
        "this story was provided by ", "this article was provided by ", "this report was provided by ", "this post was provided by ",
        "this content was provided by ", "this feature was provided by ", "this piece was provided by ",
    ]);

    private const int MaxLength = 250;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || !text.StartsWith("This ", StringComparison.Ordinal) || Openings.MatchLength(text) is not (> 0 and var opening))
        {
            return false;
        }

        var giver = text[opening..];
        return giver.Length > 0 && (char.IsUpper(giver[0]) || giver.StartsWith("our ", StringComparison.Ordinal));
    }
}
