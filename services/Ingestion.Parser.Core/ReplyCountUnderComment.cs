namespace Ingestion.Parser.Core;

/// <summary>
/// "1 response" under a Medium-style response card: the card's own reply count, printed under its text and tally, no count
/// of the thread. Once the thread is opened and a comment's dated header has been printed under its heading, a count of
/// responses or replies belongs to the comment above it; a thread's count stands over its first comment.
/// </summary>
/// <remarks>
/// "9Reply" / "1 reply" under a newsletter platform's comment: the link to that comment's replies, right under its button
/// row, whatever its header's date reads as ("Jul 2" with the name glued before it). A button row that offers a reply ends
/// a comment, so a count of replies right under it is that comment's.
/// </remarks>
internal static class ReplyCountUnderComment
{
    /// <summary>How far up from the count a comment's date is looked for.</summary>
    private const int Reach = 40;

    public static bool Is(PageLines lines, int index, int threadStart)
    {
        if (threadStart < 0 || index - threadStart < 3 || !NamesReplies(lines[index].Text))
        {
            return false;
        }

        if (UnderReplyRow(lines, index, threadStart))
        {
            return true;
        }

        for (var i = index - 1; i > threadStart && i >= index - Reach; i--)
        {
            if (!lines[i].IsBlank && Words.HasDigit(lines[i].Text) && lines.TryParseDate(i, out var time) && (time.Date is not null || time.Relative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the nearest line above the count, inside the thread, is a comment's button row with a reply button.</summary>
    private static bool UnderReplyRow(PageLines lines, int index, int threadStart)
    {
        for (var i = index - 1; i > threadStart; i--)
        {
            if (!lines[i].IsBlank)
            {
                return CommentLine.IsReplyRow(lines[i].Text);
            }
        }

        return false;
    }

    /// <summary>"1 response", "3 replies": the nouns a card counts its answers with; "12 comments" may count a thread anywhere.</summary>
    private static bool NamesReplies(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var noun = text.AsSpan(space + 1);
        return noun.Equals("response", StringComparison.OrdinalIgnoreCase) || noun.Equals("responses", StringComparison.OrdinalIgnoreCase)
            || noun.Equals("reply", StringComparison.OrdinalIgnoreCase) || noun.Equals("replies", StringComparison.OrdinalIgnoreCase);
    }
}
