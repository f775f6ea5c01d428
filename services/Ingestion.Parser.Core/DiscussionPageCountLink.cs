using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/discuss/2010/08/13/harbor-ferry-night-run#anchor"&gt;219 &lt;span&gt;comments&lt;/span&gt;&lt;/a&gt;" under a story
/// at "/2010/08/13/harbor-ferry-night-run/": a portal that shows its threads on pages of their own gives each story's
/// thread the story's own path under one more segment ("/discuss/…", "/comments/…"), and under the text links to it with
/// the count. The story's path under one leading segment is its thread, as "#comments" on its own address is, so the
/// link's words declare the count. Only links to the page's own path (canonical link, og:url) count, so a rail of other
/// stories' counts is never read; the path must be a story's (at least 12 characters, not the front page's "/"), and
/// every such link must give the same number. Asked once per page, only when no other count link was found.
/// </summary>
internal static class DiscussionPageCountLink
{
    /// <summary>Longest shown label ("219 comments", "Read all 1,204 comments").</summary>
    private const int MaxLabelLength = 40;

    /// <summary>Shortest story path the thread's path may repeat ("/2010/08/13/x" is longer): no section's "/news".</summary>
    private const int MinStoryPathLength = 12;

    public static int? Of(IDocument document, IReadOnlyList<string> addresses)
    {
        if (addresses.Count == 0)
        {
            return null;
        }

        int? found = null;
        foreach (var link in document.SelectAll("a[href]"))
        {
            var href = link.GetAttribute("href").AsSpan();
            if (href.IndexOfAny('?', '#') is >= 0 and var end)
            {
                href = href[..end];
            }

            if (!IsStoryPathUnderSegment(href, addresses))
            {
                continue;
            }

            var label = Whitespace.Collapse(link.TextContent);
            if (label.Length is 0 or > MaxLabelLength || CommentHeadings.DeclaredCount(label) is not { } count)
            {
                continue;
            }

            if (found is { } earlier && earlier != count)
            {
                return null;
            }

            found = count;
        }

        return found;
    }

    /// <summary>Whether the link's path is one of the page's own paths under one more leading segment of letters.</summary>
    private static bool IsStoryPathUnderSegment(ReadOnlySpan<char> href, IReadOnlyList<string> addresses)
    {
        var path = PageAddress.PathOf(href).TrimEnd('/');
        foreach (var address in addresses)
        {
            var story = PageAddress.PathOf(address).TrimEnd('/');
            if (story.Length < MinStoryPathLength || path.Length <= story.Length + 1 || !path.EndsWith(story, StringComparison.Ordinal))
            {
                continue;
            }

            if (path[..^story.Length] is ['/', .. var segment] && IsWord(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> segment)
    {
        foreach (var character in segment)
        {
            if (!char.IsLetter(character) && character != '-')
            {
                return false;
            }
        }

        return segment.Length > 0;
    }
}
