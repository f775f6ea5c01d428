using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/newsticker/foren/forum-254701/list/"&gt;Kommentare lesen (118 Beiträge)&lt;/a&gt;": a news ticker keeps its
/// readers' posts in a forum on pages of their own and links to it under the text with the forum's count. The page
/// shows none of the posts, but the count is the story's thread's. A blog whose comments live in a Discourse forum
/// (the WP-Discourse plugin) links each post to its topic the same way: "&lt;a class="bbs"
/// href="http://bbs.example.net/t/headline-of-the-post/4498"&gt;82 COMMENTS&lt;/a&gt;" in the share row.
/// </summary>
internal static class ForumLinkCount
{
    private const int LongestLabel = 60;

    public static int? Of(IDocument document)
    {
        foreach (var link in document.SelectAll("a[href*='forum'], a[href*='/t/'], a[href*='omment']"))
        {
            var label = Whitespace.Collapse(link.TextContent);
            if (label.Length < LongestLabel && link.GetAttribute("href") is var href && (IsForumAddress(href) || IsDiscourseTopic(href) || CommentListPageLink.Is(href)) && CountIn(label) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>"/foren/forum-254701/list/", "/forum/thread-88121": a path part naming the forum, not a word in a query.</summary>
    private static bool IsForumAddress(string? href) =>
        href is not null && href.Split('?')[0].Split('/').Any(part => part.StartsWith("forum", StringComparison.OrdinalIgnoreCase) || part.StartsWith("foren", StringComparison.OrdinalIgnoreCase));

    /// <summary>"/t/headline-of-the-post/4498" (and "/t/slug/4498/12", a post in it): a Discourse topic's path.</summary>
    internal static bool IsDiscourseTopic(string? href)
    {
        var at = href?.IndexOf("/t/", StringComparison.Ordinal) ?? -1;
        if (href is null || at < 0)
        {
            return false;
        }

        var parts = href.AsSpan(at + 3).TrimEnd('/');
        var slash = parts.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var number = parts[(slash + 1)..];
        var end = number.IndexOfAny('/', '?', '#');
        number = end >= 0 ? number[..end] : number;
        return number.Length > 0 && !number.ContainsAnyExceptInRange('0', '9');
    }

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
