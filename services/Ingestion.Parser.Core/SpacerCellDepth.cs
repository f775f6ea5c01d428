using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;tr&gt;&lt;td class="ind"&gt;&lt;img src="s.gif" width="40"&gt;&lt;/td&gt;&lt;td&gt;Name · 1 day ago … text&lt;/td&gt;&lt;/tr&gt;":
/// a thread of table rows that shows a reply's level only by a transparent spacer picture in the row's first cell, wider
/// by a step for each level. The rows are flat in the markup, so without it every reply was top-level. Each row is
/// given its level as a <c>data-depth</c> (the widths' rank, narrowest first), as Kinja's flat list states it, which
/// <see cref="HtmlText"/> already reads. Only a thread's box is looked at, and only when its spacers differ in width.
/// </summary>
internal static class SpacerCellDepth
{
    /// <summary>Widths beyond any indentation a page prints.</summary>
    private const int MaximumWidth = 2000;

    public static void Mark(IElement container)
    {
        List<(IElement Row, int Width)>? rows = null;
        foreach (var row in container.SelectAll("tr"))
        {
            if (SpacerWidth(row.FirstElementChild) is { } width)
            {
                (rows ??= []).Add((row, width));
            }
        }

        if (rows is null || rows.Count < 2)
        {
            return;
        }

        var widths = new SortedSet<int>();
        foreach (var (_, width) in rows)
        {
            widths.Add(width);
        }

        if (widths.Count < 2)
        {
            return;
        }

        var ranks = new List<int>(widths);
        foreach (var (row, width) in rows)
        {
            row.SetAttribute("data-depth", ranks.IndexOf(width).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The width of the one picture a text-free cell holds, when the row has a cell after it.</summary>
    private static int? SpacerWidth(IElement? cell)
    {
        if (cell is not { LocalName: "td" } || cell.NextElementSibling is null || cell.ChildElementCount != 1
            || cell.FirstElementChild is not { LocalName: "img" } picture || !string.IsNullOrWhiteSpace(cell.TextContent)
            || !int.TryParse(picture.GetAttribute("width"), out var width) || width is < 0 or > MaximumWidth)
        {
            return null;
        }

        return width;
    }
}
