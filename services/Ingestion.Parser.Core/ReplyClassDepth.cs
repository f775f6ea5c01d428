using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="comment "&gt;…&lt;/div&gt;&lt;div class="comment reply"&gt;…&lt;/div&gt;": a webcomic host lists every comment
/// flat, side by side, and marks an answer only by a "reply" class on it; the page indents it under the comment before.
/// Without it every answer was top-level. In a box whose child comments are flat (none holds another) and some carry the
/// mark and some do not, each child comment is given its level as a <c>data-depth</c> (0, or 1 for a marked one), as Kinja's
/// flat list states it, which <see cref="HtmlText"/> already reads; a marked comment then answers the unmarked one
/// above it. A box with every comment marked, or none, is left as it is.
/// </summary>
internal static class ReplyClassDepth
{
    public static void Mark(IElement container)
    {
        IElement? done = null;
        foreach (var reply in container.SelectAll(".comment.reply"))
        {
            if (reply.ParentElement is not { } box || box == done)
            {
                continue;
            }

            done = box;
            if (IsFlatMixedList(box))
            {
                for (var child = box.FirstElementChild; child is not null; child = child.NextElementSibling)
                {
                    if (child.ClassList.Contains("comment") && !child.HasAttribute("data-depth"))
                    {
                        child.SetAttribute("data-depth", child.ClassList.Contains("reply") ? "1" : "0");
                    }
                }
            }
        }
    }

    /// <summary>Comments side by side, some marked and some not, none holding another comment.</summary>
    private static bool IsFlatMixedList(IElement box)
    {
        var marked = false;
        var unmarked = false;
        for (var child = box.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (!child.ClassList.Contains("comment"))
            {
                continue;
            }

            if (child.SelectFirst(".comment") is not null)
            {
                return false;
            }

            if (child.ClassList.Contains("reply"))
            {
                marked = true;
            }
            else
            {
                unmarked = true;
            }
        }

        return marked && unmarked;
    }
}
