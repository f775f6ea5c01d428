namespace Ingestion.Parser.Core;

/// <summary>
/// "Recommended by 3 users", "Liked by 12 people": a comment's vote count under its text, no heading of a "Recommended by
/// Outbrain" rail and no words of the comment.
/// </summary>
internal static class RecommendationCount
{
    private static readonly PrefixSet Labels = new(["recommended by ", "liked by ", "favorited by ", "favourited by "]);

    private static readonly WordSet Voters = new(["user", "users", "people", "person", "reader", "readers", "member", "members", "others"]);

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var label = Labels.MatchLength(text);
        if (label == 0 || text.Length > 40)
        {
            return false;
        }

        var count = text[label..];
        var space = count.IndexOf(' ');
        return space > 0 && !count[..space].ContainsAnyExceptInRange('0', '9') && Voters.Contains(count[(space + 1)..]);
    }
}
