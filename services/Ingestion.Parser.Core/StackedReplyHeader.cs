namespace Ingestion.Parser.Core;

/// <summary>
/// "Avatar" / "HenrikN" / "Brian Lacey" / "•" / "2 months ago": a scraper that keeps each element of a Disqus header on a
/// line of its own prints the writer, the name of the comment answered, the separator dot and the time one under the other.
/// The dot is no button, and the second name is the parent's, no part of the text.
/// </summary>
internal static class StackedReplyHeader
{
    /// <summary>"•", "·": the separator between a header's fields, alone on its line.</summary>
    public static bool IsSeparatorAlone(string line) => line.Trim() is "•" or "·";

    /// <summary>
    /// Whether <paramref name="parent"/>, right under the writer's line <paramref name="writer"/> with no blank line between
    /// them, names a comment already started: the writer's line is then no text but the header's first field.
    /// </summary>
    public static bool NamesEarlierWriter(PageLines lines, CommentLine.Kind[] kinds, int writer, int parent, IEnumerable<string?> earlierAuthors)
    {
        if (writer != parent - 1 || writer < 0 || kinds[writer] != CommentLine.Kind.Text)
        {
            return false;
        }

        var writerName = lines[writer].Text.AsSpan().Trim();
        var parentName = Whitespace.Collapse(lines[parent].Text.Trim());
        return writerName.Length <= 40 && Words.LooksLikeName(writerName) && !writerName.Contains(", ", StringComparison.Ordinal)
            && earlierAuthors.Contains(parentName, StringComparer.Ordinal);
    }
}
