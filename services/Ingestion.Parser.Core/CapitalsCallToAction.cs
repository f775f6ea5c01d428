namespace Ingestion.Parser.Core;

/// <summary>
/// "SEE THE FULL LIST OF WINNERS", "READ THE FULL REPORT", "VIEW THE GALLERY": a tabloid's link to more under the text,
/// set in capitals and opening with an imperative; a story's sentence is not written so. A newsletter box under a blog
/// post heads its form the same way ("RECEIVE WEEKLY GARDENING TIPS", "JOIN OUR READERS' PANEL"): an offer, no writer's
/// signature under the text.
/// </summary>
internal static class CapitalsCallToAction
{
    private static readonly WordSet Imperatives = new(["see", "read", "view", "click", "check", "watch", "get", "hear", "browse", "vote", "receive", "join", "subscribe", "download", "claim"]);

    private const int MinWords = 3;
    private const int MaxWords = 10;

    public static bool Is(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || text.Length > 80 || !Imperatives.Contains(text[..space]) || Words.Count(text) is < MinWords or > MaxWords || text[^1] is '.' or ',')
        {
            return false;
        }

        foreach (var character in text)
        {
            if (char.IsLower(character))
            {
                return false;
            }
        }

        return true;
    }
}
