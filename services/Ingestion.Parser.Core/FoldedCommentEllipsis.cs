using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A long comment folded by a show-more widget (Drupal's Expanding Formatter and its like): "&lt;div class="…-summary"&gt;
/// &lt;p&gt;First lines&lt;/p&gt;&lt;/div&gt;&lt;span&gt;…&lt;/span&gt;&lt;div class="…-content"&gt;&lt;p&gt;The rest&lt;/p&gt;&lt;/div&gt;&lt;div&gt;&lt;a
/// href="javascript:void(0)"&gt;Aufklappen&lt;/a&gt;&lt;/div&gt;". The page serves the whole text; a reader clicks to see it.
/// Rendered, the lone "…" reads as a cut-off teaser's end, so the comment kept its first lines only, and the toggle's
/// label was a line of its text. An element that is nothing but an ellipsis, right before a sibling holding text, is
/// the fold's mark: it goes; and a box after that text holding nothing but one link to no page (a script or "#") of a
/// word or two is the fold's toggle: it goes too.
/// </summary>
internal static class FoldedCommentEllipsis
{
    public static void Remove(IElement container)
    {
        foreach (var mark in container.SelectAll("span, div").Where(IsFoldMark).ToList())
        {
            if (mark.NextElementSibling is { } rest && rest.NextElementSibling is { } toggle && IsToggleBox(toggle))
            {
                toggle.Remove();
            }

            mark.Remove();
        }
    }

    private static bool IsFoldMark(IElement element)
    {
        if (element.ChildElementCount > 0 || element.NextElementSibling is not { LocalName: not "a" } rest || rest.TextContent.AsSpan().Trim().Length < 2)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        return text is "…" or "...";
    }

    private static bool IsToggleBox(IElement box)
    {
        if (box.ChildElementCount != 1 || box.FirstElementChild is not { LocalName: "a" } link || link.ChildElementCount > 0)
        {
            return false;
        }

        var label = link.TextContent.AsSpan().Trim();
        var href = link.GetAttribute("href")?.Trim() ?? string.Empty;
        return !label.IsEmpty && Words.Count(label) <= 2 && box.TextContent.AsSpan().Trim().Length == label.Length
            && (href.Length == 0 || href == "#" || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
