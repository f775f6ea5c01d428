namespace Ingestion.Parser.Core;

/// <summary>
/// "1 response" under a Medium-style response card: the card's own reply count, printed under its text and tally, no count
/// of the thread. Once the thread is opened and a comment's dated header has been printed under its heading, a count of
/// responses or replies belongs to the comment above it; a thread's count stands over its first comment.
/// </summary>
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

        for (var i = index - 1; i > threadStart && i >= index - Reach; i--)
        {
            if (!lines[i].IsBlank && Words.HasDigit(lines[i].Text) && lines.TryParseDate(i, out var time) && (time.Date is not null || time.Relative))
            {
                return true;
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
