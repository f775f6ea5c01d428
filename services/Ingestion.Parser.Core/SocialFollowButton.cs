namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="tweet-authors"&gt;&lt;a class="twitter-follow-button"&gt;Follow @handle&lt;/a&gt;&lt;/span&gt;" beside the byline: a
/// class named for the authors holds the button that follows the writer on a social network. Its words are no name.
/// </summary>
internal static class SocialFollowButton
{
    /// <summary>Whether the text is a follow button: "Follow @handle", "Follow Jane Roe on Twitter".</summary>
    public static bool Is(string text) =>
        text.StartsWith("Follow ", StringComparison.OrdinalIgnoreCase)
        && (text.Contains('@') || text.EndsWith(" on Twitter", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" on Facebook", StringComparison.OrdinalIgnoreCase));
}
