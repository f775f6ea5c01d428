using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="print-only"&gt;&lt;hr&gt;&lt;img class="print-logo"&gt;&lt;p class="print-only__copyright"&gt;© 1996-… Society.&lt;/p&gt;&lt;/div&gt;"
/// under the story: what a site shows only on paper (its style sheet hides the box on screen) is the printout's
/// letterhead and footer. The notice under its logo looks like a lone credit under a picture, but it credits no picture
/// a reader sees: no caption. Only the caption reader asks; the box's text is left to the text rules, as
/// HtmlFurnitureNoPrintTests keeps a print-only paragraph.
/// Cost: an ancestor walk, up to three ordinal searches of each class attribute, per lone credit under a picture.
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
