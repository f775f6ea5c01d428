using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A thread laid out as table rows, each comment's text in a "div.comment" inside a cell of its own row
/// ("&lt;table class="comment-tree"&gt;&lt;tr&gt;&lt;td&gt;&lt;table&gt;…&lt;td&gt;&lt;div class="comment"&gt;"): the first
/// comment's parent is only that comment's cell, so the thread's box is the smallest box holding every "div.comment" on
/// the page. Without it the thread was one comment long, the rows after the first lost. The climb stops at the page's
/// body, an <c>article</c> or <c>main</c>, so comments spread over a page's separate widgets stay as they were found.
/// </summary>
internal static class CommentBoxesCommonBox
{
    /// <summary>The box around the page's ".comment" boxes, or the first one's parent when there is one only.</summary>
    public static IElement? Of(IDocument document)
    {
        // "Comment (1)" buttons in the story's action rows are classed for the thread they open (CommentCountActionBox).
        var all = document.SelectAll(".comment").Where(box => !CommentCountActionBox.Is(box)).ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var box = all[0].ParentElement;
        if (all.Count == 1 || box is null)
        {
            return box;
        }

        var last = all[^1];
        var climbed = box;
        while (climbed is not null && !climbed.Contains(last))
        {
            if (climbed.LocalName is "body" or "html" or "article" or "main")
            {
                return box;
            }

            climbed = climbed.ParentElement;
        }

        return climbed is null || climbed.LocalName is "body" or "html" or "article" or "main" ? box : climbed;
    }
}
