using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… a spokesman said." / "The Daily Courier values your comments but kindly requests all posts are on topic, constructive
/// and respectful. Please review our commenting policy." / "You need to be a subscriber to join the conversation. Find out
/// more here." / "Show comments": a text dump prints the comment box's notes between the text and the thread's button,
/// where they read as the text's last paragraphs. A note that closes by sending the reader to the thread's rules, the
/// one-line rules notes the thread reader knows (<see cref="ThreadRulesLine"/>), and a prompt to sign in or subscribe
/// before commenting are the thread's, no body. Asked once per text page on the body's last entries, and only when a
/// thread or its form follows the text.
/// </summary>
internal static class TrailingThreadNotes
{
    /// <summary>Longest note; a reader's paragraph that ends the same way runs on.</summary>
    private const int MaxLength = 250;

    /// <summary>At most this many notes stand between the text and the thread.</summary>
    private const int MaxNotes = 3;

    private static readonly string[] RulesRequests = ["Please review our ", "Please read our ", "Please see our ", "Read our ", "Review our "];

    private static readonly SearchValues<string> RuleWords = SearchValues.Create(["policy", "guidelines", "rules", "terms"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SignInOpenings = ["You need to be ", "You must be ", "You have to be "];

    private static readonly SearchValues<string> CommentingAims = SearchValues.Create(
        [" to comment", " to join the conversation", " to join the discussion", " to post a comment", " to leave a comment"], StringComparison.Ordinal);

    public static List<string> Without(List<string> body)
    {
        var kept = body.Count;
        while (kept > 1 && body.Count - kept < MaxNotes && IsNote(body[kept - 1]))
        {
            kept--;
        }

        return kept == body.Count ? body : body[..kept];
    }

    public static bool IsNote(string text) =>
        text.Length <= MaxLength && (ThreadRulesLine.Is(text) || ClosesWithRulesRequest(text) || IsCommentingSignIn(text));

    /// <summary>"… Please review our commenting policy.": the last sentence sends the reader to the comment rules.</summary>
    private static bool ClosesWithRulesRequest(string text)
    {
        if (!Words.EndsSentence(text.AsSpan()) || !text.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentenceStart = text.LastIndexOf(". ", text.Length - 2, StringComparison.Ordinal) is >= 0 and var stop ? stop + 2 : 0;
        return OpensWithAndHolds(text.AsSpan(sentenceStart), RulesRequests, RuleWords);
    }

    /// <summary>"You need to be a subscriber to join the conversation.", "You must be logged in to comment.".</summary>
    private static bool IsCommentingSignIn(string text) => OpensWithAndHolds(text, SignInOpenings, CommentingAims);

    private static bool OpensWithAndHolds(ReadOnlySpan<char> text, string[] openings, SearchValues<string> held)
    {
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return text.ContainsAny(held);
            }
        }

        return false;
    }
}
