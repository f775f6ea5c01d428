using Ingestion.Contracts;

namespace Ingestion.Storage;

/// <summary>A parsed comment as stored: ordinals made dense, parents that point backwards, and the reply depth.</summary>
internal sealed record StoredComment(int Ordinal, int? Parent, int Depth, string? Author, PageTimestamp PostedAt, string Body);

internal static class CommentThread
{
    /// <summary>
    /// The parser numbers comments in page order; this guards the table's constraints against a parser bug
    /// (a parent that does not precede its reply becomes top level) instead of failing the whole document.
    /// </summary>
    public static IReadOnlyList<StoredComment> From(IReadOnlyList<Comment> comments)
    {
        var ordinalByParsed = new Dictionary<int, int>();
        var depthByOrdinal = new Dictionary<int, int>();
        var thread = new List<StoredComment>(comments.Count);
        foreach (var comment in comments)
        {
            var ordinal = thread.Count + 1;
            ordinalByParsed.TryAdd(comment.Ordinal, ordinal);
            int? parent = comment.Parent is { } parsedParent && ordinalByParsed.TryGetValue(parsedParent, out var known) && known < ordinal
                ? known
                : null;
            var depth = parent is { } p ? depthByOrdinal[p] + 1 : 0;
            depthByOrdinal[ordinal] = depth;
            thread.Add(new StoredComment(
                ordinal, parent, depth, comment.Author, PageTimestamp.Parse(comment.PostedAt), Text.JoinParagraphs(comment.Paragraphs)));
        }

        return thread;
    }
}
