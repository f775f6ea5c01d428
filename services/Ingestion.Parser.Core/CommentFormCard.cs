using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="card comments-card"&gt;&lt;h4&gt;Add a comment&lt;/h4&gt;&lt;form action="/posts/9/comments"&gt;…&lt;/form&gt;&lt;/div&gt;
/// &lt;div class="card comments-card"&gt;&lt;h3&gt;Comments&lt;/h3&gt;…": a blog template sets its comment form in a card of its own,
/// classed as the thread's card is and placed above it. Taken for the thread, the card yields its form's labels and no
/// comment, and the thread in the next card is never read. A box whose whole content is a form that names comments (its
/// id, class or action, as <see cref="BoxInsideCommentForm"/> reads them), with at most a short heading over it, is where a
/// comment is written, not the thread. <see cref="CommentFormTitleBox"/> asks the same of a title box set beside the form.
/// Cost: a walk over the candidate box's own child nodes, only for boxes the thread selectors matched.
/// </summary>
internal static class CommentFormCard
{
    /// <summary>Longest heading a form's card holds over it ("Add a comment", "Schreiben Sie einen Kommentar").</summary>
    private const int LongestHeading = 80;

    public static bool Is(IElement element)
    {
        var form = false;
        foreach (var node in element.ChildNodes)
        {
            if (node is not IElement child)
            {
                if (node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent))
                {
                    return false;
                }

                continue;
            }

            if (child.LocalName == "form")
            {
                if (form || !BoxInsideCommentForm.IsCommentForm(child))
                {
                    return false;
                }

                form = true;
            }
            else if (child.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                if (form || child.TextContent.AsSpan().Trim().Length > LongestHeading)
                {
                    return false;
                }
            }
            else if (!string.IsNullOrWhiteSpace(child.TextContent))
            {
                return false;
            }
        }

        return form;
    }

}
