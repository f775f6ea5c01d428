using Ingestion.Contracts;

namespace Ingestion.Storage;

/// <summary>
/// A parsed comment as stored: ordinals made dense, parents that point backwards, the reply depth and the
/// position in reply order (depth first, siblings in page order).
/// </summary>
internal sealed record StoredComment(
    int Ordinal, int? Parent, int Depth, int ThreadPosition, string? Author, PageTimestamp PostedAt, string Body);

internal static class CommentThread
{
    /// <summary>
    /// The parser numbers comments in page order; this guards the table's constraints against a parser bug
    /// (a parent that does not precede its reply becomes top level) instead of failing the whole document.
    /// </summary>
    public static IReadOnlyList<StoredComment> From(IReadOnlyList<Comment> comments)
    {
        var ordinalByParsed = new Dictionary<int, int>();
        var parents = new int?[comments.Count + 1];
        var depths = new int[comments.Count + 1];
        var children = new List<int>?[comments.Count + 1];
        var roots = new List<int>();
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            var ordinal = i + 1;
            ordinalByParsed.TryAdd(comment.Ordinal, ordinal);
            int? parent = comment.Parent is { } parsedParent && ordinalByParsed.TryGetValue(parsedParent, out var known) && known < ordinal
                ? known
                : null;
            parents[ordinal] = parent;
            if (parent is { } p)
            {
                depths[ordinal] = depths[p] + 1;
                (children[p] ??= []).Add(ordinal);
            }
            else
            {
                roots.Add(ordinal);
            }
        }

        var positions = ReplyOrder(roots, children);
        var thread = new StoredComment[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            var ordinal = i + 1;
            thread[i] = new StoredComment(
                ordinal,
                parents[ordinal],
                depths[ordinal],
                positions[ordinal],
                Text.Clean(comment.Author),
                PageTimestamp.Parse(comment.PostedAt),
                Text.JoinParagraphs(comment.Paragraphs ?? []));
        }

        return thread;
    }

    /// <summary>Depth-first positions without recursion: a reply chain thousands deep must not overflow the stack.</summary>
    private static int[] ReplyOrder(List<int> roots, List<int>?[] children)
    {
        var positions = new int[children.Length];
        var next = 1;
        var pending = new Stack<int>();
        for (var r = roots.Count - 1; r >= 0; r--)
        {
            pending.Push(roots[r]);
        }

        while (pending.TryPop(out var ordinal))
        {
            positions[ordinal] = next++;
            if (children[ordinal] is { } replies)
            {
                for (var c = replies.Count - 1; c >= 0; c--)
                {
                    pending.Push(replies[c]);
                }
            }
        }

        return positions;
    }
}
