using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The element set right over another: its previous sibling, or, in a table laid out one cell a row (a 2013 CMS's photo
/// table: "&lt;tr&gt;&lt;td&gt;&lt;img&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class="photoCredit"&gt;Courier file
/// photo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class="photoCaption"&gt;…&lt;/td&gt;&lt;/tr&gt;"), the one cell of the row
/// above. A cell beside others in its row has no one cell over it.
/// </summary>
internal static class TableCellAbove
{
    public static IElement? Of(IElement element)
    {
        if (element.PreviousElementSibling is { } sibling)
        {
            return sibling;
        }

        if (element.LocalName is not ("td" or "th") || element.ParentElement is not { LocalName: "tr", ChildElementCount: 1 } row
            || row.PreviousElementSibling is not { LocalName: "tr", ChildElementCount: 1 } rowAbove)
        {
            return null;
        }

        return rowAbove.FirstElementChild is { LocalName: "td" or "th" } cell ? cell : null;
    }
}
