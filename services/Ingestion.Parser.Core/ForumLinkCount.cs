using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/newsticker/foren/forum-254701/list/"&gt;Kommentare lesen (118 Beiträge)&lt;/a&gt;": a news ticker keeps its
/// readers' posts in a forum on pages of their own and links to it under the text with the forum's count. The page
/// shows none of the posts, but the count is the story's thread's.
/// </summary>
internal static class ForumLinkCount
{
    private const int LongestLabel = 60;

    public static int? Of(IDocument document)
    {
        foreach (var link in document.SelectAll("a[href*='forum']"))
        {
            var label = Whitespace.Collapse(link.TextContent);
            if (label.Length < LongestLabel && IsForumAddress(link.GetAttribute("href")) && CountIn(label) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>"/foren/forum-254701/list/", "/forum/thread-88121": a path part naming the forum, not a word in a query.</summary>
    private static bool IsForumAddress(string? href) =>
        href is not null && href.Split('?')[0].Split('/').Any(part => part.StartsWith("forum", StringComparison.OrdinalIgnoreCase) || part.StartsWith("foren", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Kommentare lesen (118 Beiträge)": the count in brackets after the label, or the label itself ("118 Beiträge").</summary>
    internal static int? CountIn(string label)
    {
        var open = label.LastIndexOf('(');
        if (open >= 0 && label.EndsWith(')') && CommentHeadings.DeclaredCount(label[(open + 1)..^1]) is { } bracketed)
        {
            return bracketed;
        }

        return CommentHeadings.DeclaredCount(label);
    }
}
