using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="nbcomments"&gt;&lt;p&gt;&lt;span&gt;160&lt;/span&gt; commentaires&lt;/p&gt;&lt;/div&gt;&lt;div&gt;&lt;ul class="…-comments"&gt;…": a box
/// whose id names the comments but that holds only the thread's count heading, with the list of comments in the box right
/// after it. Taken for the thread (its id is matched before the list's class), it gives the count and no comment, and the
/// comments are never read: the box is the thread's header, its next sibling the thread.
/// Widened (round r-goose-mix5): "&lt;div id="comments"&gt;&lt;p&gt;&lt;span&gt;Visitor comments&lt;/span&gt;&lt;a&gt;Add your
/// comment&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;&lt;div&gt;…comments…": a header box holding a plain heading and the button to the form
/// is the thread's header the same way; it states no count.
/// </summary>
internal static class CountOnlyThreadBox
{
    /// <summary>"160 commentaires", "Comments (12)": a count heading is short; a box holding more is no header.</summary>
    private const int LongestHeader = 60;

    /// <summary>The box after the count box, when the count box holds nothing but a count heading and the box after it holds far more.</summary>
    public static IElement? ThreadAfter(IElement box, out int? count)
    {
        count = null;
        // Cheap gates first: a header box has few children and little text.
        if (box.ChildElementCount > 3 || NodeText.IsLongerThan(box, LongestHeader * 4) || box.NextElementSibling is not { } next
            || NodeText.IsShorterThan(next, LongestHeader * 4))
        {
            return null;
        }

        var text = Whitespace.Collapse(box.TextContent);
        if (text.Length is 0 or > LongestHeader)
        {
            return null;
        }

        if (CommentHeadings.Classify(text) == CommentHeadings.Kind.Count && CommentHeadings.DeclaredCount(text) is { } declared)
        {
            count = declared;
            return next;
        }

        return IsPlainHeadingWithFormButton(box, text) && next.LocalName is not "form" && next.SelectFirst("form, textarea") is null ? next : null;
    }

    /// <summary>"Visitor comments" and a link "Add your comment": the heading is plain once the form's button is left out.</summary>
    private static bool IsPlainHeadingWithFormButton(IElement box, string text)
    {
        var heading = text;
        var button = false;
        foreach (var link in box.SelectAll("a"))
        {
            var label = Whitespace.Collapse(link.TextContent);
            if (label.Length == 0)
            {
                continue;
            }

            if (CommentHeadings.Classify(label) != CommentHeadings.Kind.Form)
            {
                return false;
            }

            heading = heading.Replace(label, string.Empty, StringComparison.Ordinal);
            button = true;
        }

        heading = Whitespace.Collapse(heading);
        return button && heading.Length > 0 && CommentHeadings.Classify(heading) == CommentHeadings.Kind.Plain;
    }
}
