namespace Ingestion.Parser.Core;

/// <summary>
/// A thread that kept no markup of its own: a note-taking app's clip or a paste of the page turns every line into a plain
/// paragraph ("Have your say" / "Comments (5)" / "Sandsider, Wexham" / "27/09/2013 08:14" / text / "Report this
/// comment"), so no container, heading or comment class finds it. Its text still reads as a dump's thread does, and the
/// dump's rules find it there.
/// </summary>
internal static class UnmarkedThread
{
    /// <summary>The thread the text rules find in the article's lines, with the line the article ends at; null when none.</summary>
    /// <remarks>Asked only of a page whose markup gave no thread and no count; one pass of the dump's section rules.</remarks>
    public static (int ArticleEnd, IReadOnlyList<ParsedComment> Comments, int? DeclaredCount)? Find(PageLines lines)
    {
        var section = CommentSection.Locate(lines);
        if (!section.Exists || section.DeclaredCount is null)
        {
            return null;
        }

        var comments = SuburbAfterName.Strip(TextCommentParser.Parse(lines.Range(section.Start, section.End - section.Start)));
        return comments.Count > 0 ? (section.ArticleEnd, comments, section.DeclaredCount) : null;
    }
}
