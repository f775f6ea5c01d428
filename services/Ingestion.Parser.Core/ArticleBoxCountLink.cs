using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="article"&gt;&lt;h1&gt;…&lt;/h1&gt;…&lt;div class="footer"&gt;[ &lt;a href="…/threads/…"&gt;85 comments&lt;/a&gt; ]&lt;/div&gt;&lt;/div&gt;
/// … &lt;div id="comments"&gt;&lt;h2&gt;Top Rated Comments&lt;/h2&gt;…&lt;/div&gt;": a site whose discussion lives in its forum shows
/// under the story only a handful of the thread's best-rated posts, and states the whole thread's count in a link in the
/// story's own box. The selection's heading declares nothing, so the link's count is the page's. Only the box that holds
/// the headline and not the thread is searched (the headline's highest ancestor without the thread), so a rail of other
/// stories' counts beside them is never asked, and every count link in that box must give the same number. Asked once per
/// page, only when the thread itself declared no count.
/// </summary>
internal static class ArticleBoxCountLink
{
    private const int MaxLabelLength = 30;

    public static int? Of(IDocument document, IElement? threadParent)
    {
        if (threadParent is null || document.SelectFirst("h1") is not { } headline || headline.Contains(threadParent))
        {
            return null;
        }

        var box = headline;
        while (box.ParentElement is { } parent && !parent.Contains(threadParent))
        {
            box = parent;
        }

        if (box.LocalName is "body" or "html")
        {
            return null;
        }

        int? found = null;
        foreach (var link in box.GetElementsByTagName("a"))
        {
            var label = link.TextContent.AsSpan().Trim();
            if (label.Length is 0 or > MaxLabelLength || !char.IsAsciiDigit(label[0]))
            {
                continue;
            }

            var text = Whitespace.Collapse(link.TextContent);
            if (CommentHeadings.Classify(text) != CommentHeadings.Kind.Count || CommentHeadings.DeclaredCount(text) is not { } count
                || link.Nearest("aside, nav") is not null)
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
}
