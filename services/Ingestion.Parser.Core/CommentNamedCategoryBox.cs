using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article class="issue"&gt;&lt;section class="category cat-comment"&gt;&lt;div id="comment"&gt;&lt;h2&gt;Comment&lt;/h2&gt;&lt;p&gt;Hello again! …&lt;/p&gt;
/// &lt;/div&gt;&lt;/section&gt;&lt;section class="category cat-news"&gt;…&lt;/section&gt;&lt;section class="category cat-tools"&gt;…": a curated
/// newsletter's issue (or a magazine's contents page) opens with the editor's own note as the first of its categories,
/// named "Comment" in its class, its id and its heading. It is the text, not a reader thread: a thread follows the
/// text, while this box has at least two boxes of its own kind after it (the same tag and first class), named for no
/// comment, holding paragraphs; and it holds only prose (no list items, times, forms or pictures past its heading).
/// </summary>
internal static class CommentNamedCategoryBox
{
    /// <summary>The box is the element itself or an ancestor up to this many steps, the one with sibling boxes of its kind.</summary>
    private const int MaxSteps = 3;

    public static bool Is(IElement container)
    {
        if (container.SelectFirst("li, time, form, textarea, iframe, [class*='avatar'], [class*='author']") is not null
            || !container.Children.Any(child => child.LocalName == "p" || child.SelectFirst("p") is not null))
        {
            return false;
        }

        var box = container;
        for (var step = 0; step <= MaxSteps && box.ParentElement is { LocalName: not ("body" or "html") } parent; step++, box = parent)
        {
            if (box.ClassList.Length > 0 && !BoxInsideCommentForm.NamesComment(box.ClassList[0]) && LaterBoxesOfKind(box) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a box whose class or id names a comment is such a category box (asked only of those).</summary>
    public static bool IsNamed(IElement element) => (BoxInsideCommentForm.NamesComment(element.ClassName) || BoxInsideCommentForm.NamesComment(element.Id)) && Is(element);

    private static int LaterBoxesOfKind(IElement box)
    {
        var kind = box.ClassList[0];
        var count = 0;
        for (var next = box.NextElementSibling; next is not null && count < 2; next = next.NextElementSibling)
        {
            if (next.LocalName == box.LocalName && next.ClassList.Contains(kind) && !BoxInsideCommentForm.NamesComment(next.ClassName) && !BoxInsideCommentForm.NamesComment(next.Id)
                && next.SelectFirst("p") is not null)
            {
                count++;
            }
        }

        return count;
    }
}
