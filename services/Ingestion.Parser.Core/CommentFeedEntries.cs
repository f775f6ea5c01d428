using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A blog's comment feed as a feed reader shows it: each comment is an entry titled "By: Linda Marsh" (WordPress's
/// comment feed names its items so) with the comment's time in its meta line and its text in the entry's paragraphs; a
/// reply's first paragraph is "In reply to Linda Marsh." and answers the latest comment by that name.
/// </summary>
internal static class CommentFeedEntries
{
    private const string TitleOpening = "By: ";

    private const string ReplyOpening = "In reply to ";

    /// <summary>A comment feed item's title: "By: " and a short name.</summary>
    public static bool IsCommentTitle(string title) =>
        title.Length is > 4 and < 80 && title.StartsWith(TitleOpening, StringComparison.Ordinal);

    /// <summary>The comments among a reader's entries (in page order), each entry removed from the document once read.</summary>
    public static IReadOnlyList<ParsedComment> Take(List<(IElement Entry, IElement Heading, string? Time)> entries)
    {
        var comments = new List<ParsedComment>();
        foreach (var (entry, heading, time) in entries)
        {
            var title = Whitespace.Collapse(heading.TextContent);
            if (!IsCommentTitle(title))
            {
                continue;
            }

            var author = title[TitleOpening.Length..].Trim();
            int? parent = null;
            var paragraphs = new List<string>();
            foreach (var paragraph in entry.SelectAll("p"))
            {
                var text = Whitespace.Collapse(paragraph.TextContent);
                if (paragraphs.Count == 0 && parent is null && ReplyTarget(text) is { } target)
                {
                    parent = comments.FindLast(comment => comment.Author == target)?.Ordinal;
                    continue;
                }

                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }
            }

            comments.Add(new ParsedComment { Ordinal = comments.Count + 1, Parent = parent, Author = author, PostedAt = time, Paragraphs = paragraphs });
            entry.Remove();
        }

        return comments;
    }

    /// <summary>"In reply to Linda Marsh.": the name, or null for any other paragraph.</summary>
    public static string? ReplyTarget(string text) =>
        text.Length < 100 && text.StartsWith(ReplyOpening, StringComparison.Ordinal) && text.EndsWith('.')
            ? text[ReplyOpening.Length..^1].Trim()
            : null;
}
