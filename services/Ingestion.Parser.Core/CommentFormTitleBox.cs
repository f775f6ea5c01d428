using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="pane-title" id="add-comment"&gt;Schreiben Sie einen Kommentar&lt;/div&gt;&lt;div class="pane-content"&gt;&lt;form
/// id="comment-form" action="…#comment-form"&gt;…": Drupal Panels' comment-form pane heads its form with a title box whose id
/// names comments. The pane stands under the thread's own pane ("pane-node-comments"), but an id outranks a class among the
/// thread selectors, so the title was taken for the thread: it holds no comment, and the thread above it was never read. A
/// short box of text alone, with no element inside, whose next sibling holds a form that names comments, is the form's
/// title, not the thread.
/// </summary>
internal static class CommentFormTitleBox
{
    /// <summary>Longest title a form's heading box holds ("Schreiben Sie einen Kommentar", "Add new comment").</summary>
    private const int LongestTitle = 80;

    public static bool Is(IElement element) =>
        element.ChildElementCount == 0 && element.TextContent.AsSpan().Trim() is { Length: > 0 and <= LongestTitle }
        && element.NextElementSibling is { } next && HoldsCommentForm(next);

    private static bool HoldsCommentForm(IElement box)
    {
        if (box.LocalName == "form")
        {
            return BoxInsideCommentForm.IsCommentForm(box);
        }

        foreach (var form in box.GetElementsByTagName("form"))
        {
            if (BoxInsideCommentForm.IsCommentForm(form))
            {
                return true;
            }
        }

        return false;
    }

}
