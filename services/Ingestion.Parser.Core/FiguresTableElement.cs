using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table&gt;&lt;tr&gt;&lt;th&gt;array&lt;/th&gt;&lt;th&gt;radix sort&lt;/th&gt;…&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;large_random&lt;/td&gt;&lt;td&gt;41 ms&lt;/td&gt;…": a table of
/// figures inside the text (a benchmark's results, a box score, a price list). The HTML path renders each cell as a line
/// of its own, so its rows came out as a run of one-word paragraphs, some dropped as furniture (a row's name
/// "large_random"). The text path already takes such a table out (<see cref="FiguresTable"/>: a table is no paragraph), so
/// the markup's does the same: at least three rows, most data cells short and holding a figure, no cell a sentence.
/// </summary>
internal static class FiguresTableElement
{
    private const int LeastRows = 3;

    /// <summary>A cell longer than this is prose (a layout table's story cell), not a figure.</summary>
    private const int LongestCell = 40;

    /// <summary>Removes such tables from the content root.</summary>
    public static void Remove(IElement root)
    {
        foreach (var table in root.SelectAll("table").Where(IsFigures).ToList())
        {
            table.Remove();
        }
    }

    public static bool IsFigures(IElement table)
    {
        // A layout table holds pictures, paragraphs or other tables; a picture table's caption row is a sentence.
        if (table.SelectFirst("table, img, p, ul, ol, iframe, video, form") is not null)
        {
            return false;
        }

        var rows = 0;
        var cells = 0;
        var figures = 0;
        foreach (var row in table.SelectAll("tr"))
        {
            var rowCells = 0;
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th"))
                {
                    continue;
                }

                var text = Whitespace.Collapse(cell.TextContent);
                if (text.Length > LongestCell)
                {
                    return false;
                }

                rowCells++;
                if (cell.LocalName == "td" && text.Length > 0)
                {
                    cells++;
                    figures += Words.HasDigit(text) ? 1 : 0;
                }
            }

            rows += rowCells >= 2 ? 1 : 0;
        }

        return rows >= LeastRows && cells > 0 && figures * 2 > cells;
    }
}
