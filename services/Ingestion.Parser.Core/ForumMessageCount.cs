namespace Ingestion.Parser.Core;

/// <summary>
/// "Reader Forum (6 messages) Post a message": an older site's forum under the story heads its thread with the board's
/// name, the count of its messages in brackets and the link to post one. "Messages" and "posts" count comments only
/// beside a forum's name; elsewhere ("Messages (3)" in a site's account bar) they count something else.
/// </summary>
internal static class ForumMessageCount
{
    /// <summary>A board's name, bracketed count and posting link; a longer line is a sentence.</summary>
    private const int MaxLength = 80;

    /// <summary>Words of the posting link after the count ("Post a message", "Post a reply").</summary>
    private const int MaxLinkWords = 4;

    public static int? DeclaredCount(string line)
    {
        // Cheap first: a short line with a bracket; prose rarely brackets a count of messages after a forum's name.
        if (line.Length > MaxLength || line.IndexOf(" (", StringComparison.Ordinal) is not (> 0 and var open))
        {
            return line.Length <= MaxLength && line.StartsWith("Discuss this ", StringComparison.Ordinal) ? DiscussCount(line) : null;
        }

        var name = line.AsSpan(0, open).Trim();
        var close = line.IndexOf(')', open);
        if (close < 0 || !name.EndsWith("forum", StringComparison.OrdinalIgnoreCase) || Words.Count(name) > 3)
        {
            return null;
        }

        var inside = line.AsSpan(open + 2, close - open - 2).Trim();
        var space = inside.IndexOf(' ');
        if (space <= 0 || inside[(space + 1)..] is not ("messages" or "message" or "posts" or "post" or "Messages" or "Posts")
            || !int.TryParse(inside[..space], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var after = line.AsSpan(close + 1).Trim();
        return after.IsEmpty || (after.StartsWith("post ", StringComparison.OrdinalIgnoreCase) && Words.Count(after) <= MaxLinkWords) ? count : null;
    }

    /// <summary>
    /// "Discuss this story: 4 posts": the line under a forum's name ("Readers' Forum") that counts the story's thread; a
    /// sentence that opens so goes on past a count.
    /// </summary>
    private static int? DiscussCount(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || line.AsSpan(0, colon) is not ("Discuss this story" or "Discuss this article"))
        {
            return null;
        }

        var count = line.AsSpan(colon + 2).Trim();
        var space = count.IndexOf(' ');
        return space > 0 && count[(space + 1)..] is "posts" or "post" or "messages" or "message" or "replies" or "reply"
            && int.TryParse(count[..space], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var posts)
            ? posts
            : null;
    }
}
