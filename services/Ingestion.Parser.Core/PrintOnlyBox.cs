using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="print-only"&gt;&lt;img class="print-logo"&gt;&lt;a class="print-link"&gt;http://…&lt;/a&gt;&lt;/div&gt;" over the story and
/// "&lt;div class="print-only"&gt;&lt;p class="print-only__copyright"&gt;© 1996-… Society.&lt;/p&gt;&lt;/div&gt;" under it: what a site
/// shows only on paper (its style sheet hides the box on screen) is the printout's letterhead and footer, never seen by a
/// reader of the page: no caption, no paragraph. The opposite of "noprint" (HtmlFurniture), which a reader sees.
/// Cost: up to three ordinal searches of the class attribute per classed element, in the furniture walk that already
/// reads it; for the captions, an ancestor walk per lone credit under a picture.
/// </summary>
internal static class PrintOnlyBox
{
    /// <summary>Whether the element or a box around it shows only on paper: asked of a lone credit under a picture.</summary>
    public static bool Holds(IElement element)
    {
        for (var at = element; at is not null; at = at.ParentElement)
        {
            if (Is(at))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(IElement element) =>
        element.GetAttribute("class") is { Length: >= 9 } names
        && (names.Contains("print-only", StringComparison.OrdinalIgnoreCase) || names.Contains("print_only", StringComparison.OrdinalIgnoreCase)
            || names.Contains("printonly", StringComparison.OrdinalIgnoreCase));
}
