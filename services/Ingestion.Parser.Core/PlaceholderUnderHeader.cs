namespace Ingestion.Parser.Core;

/// <summary>
/// "  22. sanity_check" / "This comment has been removed." / "September 26, 2013 at 10:44 pm | Reply": a thread that keeps a
/// removed comment's header and date prints the placeholder as its text. The place held is the header's, at the header's
/// depth, so the replies under it answer the comment the removed one answered, not the comment above it.
/// </summary>
internal static class PlaceholderUnderHeader
{
    /// <summary>The line whose depth the placeholder holds: the bare header right above it, or the placeholder's own.</summary>
    public static int PlaceLine(CommentLine.Kind[] kinds, int headerLine, string? headerAuthor, int placeholderLine)
    {
        if (headerAuthor is null || headerLine < 0 || headerLine >= placeholderLine)
        {
            return placeholderLine;
        }

        for (var i = headerLine + 1; i < placeholderLine; i++)
        {
            if (kinds[i] != CommentLine.Kind.Blank)
            {
                return placeholderLine;
            }
        }

        return headerLine;
    }
}
