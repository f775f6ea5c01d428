namespace Ingestion.Parser.Core;

/// <summary>
/// "Comment by Howard Tibbs on March 12, 2013 at 3:10pm": community platforms (Ning and its like) label each comment's
/// header as one, with its writer and time, and print the thread under the text with no heading over it. Two such
/// headers open the thread where the first stands. (A forum's "Post by Name » date" heads posts among the board's own
/// furniture, its poster boxes and quote buttons, which a rendering prints as lines of their own: no thread is read there.)
/// </summary>
internal static class LabelledCommentHeader
{
    private static readonly PrefixSet Labels = new(["comment by ", "comment from ", "kommentar von ", "commentaire de ", "comentario de "]);

    private const int MinHeaders = 2;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length < 120 && Labels.MatchLength(text) is > 0 and var label && Words.HasDigit(text)
            && CommentLine.TryReadAuthor(text[label..].ToString(), out var author, out var time, out _)
            && author.Length > 0 && time is not null;
    }

    /// <summary>The first of two or more labelled headers after <paramref name="from"/>, or -1.</summary>
    public static int FindThread(PageLines lines, int from, int end)
    {
        var first = -1;
        var count = 0;
        for (var i = Math.Max(from, 0); i < end && count < MinHeaders; i++)
        {
            if (!lines[i].IsBlank && Is(lines[i].Text))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return count >= MinHeaders ? first : -1;
    }
}
