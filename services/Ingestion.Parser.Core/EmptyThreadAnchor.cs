using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="comments"&gt;&lt;/div&gt;&lt;div id="thread-wrap" class="comments-area"&gt;…": an empty element that only marks where
/// the thread begins, the target of the byline's count link, with the thread in the box right after it (a WordPress comment
/// plugin's own wrapper; vBulletin's "comments_start" over a CMS article's thread). Taken for the thread, it holds no
/// comment and the real one is never read.
/// </summary>
internal static class EmptyThreadAnchor
{
    public static bool Is(IElement element) =>
        element.ChildElementCount == 0 && string.IsNullOrWhiteSpace(element.TextContent) && element.NextElementSibling is { } next
        && (element.Id?.EndsWith("_start", StringComparison.OrdinalIgnoreCase) == true || NamesThread(next));

    /// <summary>A box whose id or class names comments and that holds text: the thread the anchor marks.</summary>
    private static bool NamesThread(IElement box) =>
        (BoxInsideCommentForm.NamesComment(box.Id) || BoxInsideCommentForm.NamesComment(box.ClassName))
        && !string.IsNullOrWhiteSpace(box.TextContent);
}
