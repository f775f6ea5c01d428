namespace Ingestion.Parser.Core;

/// <summary>
/// "Follow The Harbour Brief and never miss an update!" / "Get updates in your Facebook news feed.": the lines of a
/// follow box under a column's text (a like button, a sign-up field) that a text rendering prints once its buttons and
/// field are gone. The box's "Get updates in your inbox." is a newsletter pitch already (NewsletterBox.IsPitch); these two
/// name no inbox. Only a short line that opens with a call to follow or subscribe and promises "never miss" an update,
/// story or post, or one that opens "Get updates in/on/from your …": "Follow the river path and never miss the turn to the
/// mill." and "Get updates from the council by letter, residents were told." are prose.
/// Cost: a length and first-letter check a line; one prefix match on a candidate, one phrase search on a match.
/// </summary>
internal static class FollowForUpdatesCall
{
    private const int MaxLength = 120;

    private static readonly PrefixSet FollowCalls = new("follow ", "subscribe to ", "sign up for ", "join ", "like ");

    private static readonly PrefixSet UpdateCalls = new("get updates in your ", "get updates on your ", "get updates from your ", "get updates via ");

    private static readonly PhraseSet NeverMiss = new(
        "never miss an update", "never miss a story", "never miss a post", "never miss an article", "never miss a column", "never miss an issue");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 20 or > MaxLength || text[^1] is not ('!' or '.'))
        {
            return false;
        }

        return text[0] is 'G' or 'g' ? UpdateCalls.Matches(text) : FollowCalls.Matches(text) && NeverMiss.FoundIn(text);
    }
}
