using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;button data-action="scroll-to-responses"&gt;15&lt;/button&gt;" beside a speech-bubble icon under the post: a blogging
/// platform's footer prints the thread's count as a bare number, its action saying what it counts, while the thread
/// itself loads only on a click. The number is the count the page states, as a bare number linked to "#comments" is
/// (<see cref="BareCount"/>). Only an action that leads to the thread as a whole is read so: "show-recommends" beside
/// the applause count, and "load-more-comments" or "show-other-responses" (a part of the thread), count nothing.
/// A portal's button beside the byline whose class names the thread ("&lt;button aria-label="Comment"
/// class="story-modal-comments-button"&gt;&lt;svg/&gt;&lt;span&gt;14 &lt;span&gt;Comments&lt;/span&gt;&lt;/span&gt;&lt;/button&gt;") states the count
/// in its label as a count heading would ("14 Comments"); the thread opens in a panel the saved page does not hold.
/// A Rails page's remote link ("&lt;a data-remote="true" href="/comments/show_comments?…"&gt;Comments (12)&lt;/a&gt;") loads the
/// thread the same way.
/// </summary>
internal static class ThreadActionButtonCount
{
    private static readonly string[] ThreadWords = ["responses", "comments"];

    private static readonly string[] PartWords = ["more", "other", "next", "older", "newer"];

    /// <summary>The count of the first bare-number button or link whose action leads to the thread, or null.</summary>
    public static int? Of(IDocument document)
    {
        foreach (var element in document.SelectAll("button[data-action], a[data-action]"))
        {
            if (element.ChildElementCount == 0 && IsThreadAction(element.GetAttribute("data-action").AsSpan())
                && BareCount.Of(element.TextContent.Trim()) is { } count)
            {
                return count;
            }
        }

        foreach (var button in document.SelectAll("button"))
        {
            if (IsThreadButtonClass(button.ClassName) && Whitespace.Collapse(button.TextContent) is { Length: > 0 and < 40 } label
                && CommentHeadings.DeclaredCount(label) is { } count)
            {
                return count;
            }
        }

        // "<a data-remote="true" href="/comments/show_comments?post_id=7">Comments (12)</a>": a Rails page's link that loads
        // the thread into the page on a click, its address's last step the action ("show_comments"), its label a count heading.
        foreach (var link in document.SelectAll("a[data-remote]"))
        {
            if (link.GetAttribute("href") is { } href && LastStep(href) is { Length: > 0 } step && IsThreadAction(step)
                && Whitespace.Collapse(link.TextContent) is { Length: > 0 and < 40 } label && CommentHeadings.DeclaredCount(label) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>The last step of a link's path, its query and fragment cut: "show_comments" of "/comments/show_comments?post_id=7".</summary>
    private static ReadOnlySpan<char> LastStep(string href)
    {
        var path = href.AsSpan();
        if (path.IndexOfAny('?', '#') is >= 0 and var end)
        {
            path = path[..end];
        }

        return path.TrimEnd('/') is var trimmed && trimmed.LastIndexOf('/') is var slash ? trimmed[(slash + 1)..] : trimmed;
    }

    /// <summary>"story-modal-comments-button", "comments-btn": a class word names the thread as a whole.</summary>
    private static bool IsThreadButtonClass(string? className)
    {
        if (className is null)
        {
            return false;
        }

        foreach (var range in className.AsSpan().SplitAny(" -_"))
        {
            var word = className.AsSpan()[range];
            foreach (var name in ThreadWords)
            {
                if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return !PartWords.Any(part => className.Contains(part, StringComparison.OrdinalIgnoreCase));
                }
            }
        }

        return false;
    }

    /// <summary>"scroll-to-responses", "show-comments": the action's last word names the thread, no word of it a part.</summary>
    private static bool IsThreadAction(ReadOnlySpan<char> action)
    {
        var last = action.LastIndexOfAny('-', '_');
        var word = action[(last + 1)..];
        var namesThread = false;
        foreach (var name in ThreadWords)
        {
            namesThread |= word.Equals(name, StringComparison.OrdinalIgnoreCase);
        }

        if (!namesThread)
        {
            return false;
        }

        foreach (var part in PartWords)
        {
            if (action.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
