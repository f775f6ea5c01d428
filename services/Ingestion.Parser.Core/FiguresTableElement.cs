using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table&gt;&lt;tr&gt;&lt;th&gt;array&lt;/th&gt;&lt;th&gt;radix sort&lt;/th&gt;…&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;large_random&lt;/td&gt;&lt;td&gt;41 ms&lt;/td&gt;…": a table of
/// figures inside the text (a benchmark's results, a box score, a price list). The HTML path renders each cell as a line
/// of its own, so its rows came out as a run of one-word paragraphs, some dropped as furniture (a row's name
/// "large_random"). The text path already takes such a table out (<see cref="FiguresTable"/>: a table is no paragraph), so
/// the markup's does the same: at least three rows, most data cells short and holding a figure, no cell a sentence.
/// SPIP prints a table of its text as one table a row ("&lt;table class="spip"&gt;&lt;tr&gt;&lt;td&gt;Droit et économie&lt;/td&gt;&lt;td&gt;91&lt;/td&gt;…"
/// then the next row's table, its cells' figures sometimes in paragraphs: "&lt;th&gt;&lt;p&gt;1636&lt;/p&gt;&lt;/th&gt;"): sibling tables of
/// as many cells a row, side by side, are read as one. A title row over the whole table ("&lt;th colspan="3"&gt;…&lt;/th&gt;")
/// may be longer than a figure; a frame table that set two tables of figures side by side goes with them.
/// </summary>
internal static class FiguresTableElement
{
    private const int LeastRows = 3;

    /// <summary>A cell longer than this is prose (a layout table's story cell), not a figure.</summary>
    private const int LongestCell = 40;

    /// <summary>Removes such tables from the content root.</summary>
    public static void Remove(IElement root)
    {
        var frames = new List<IElement>();
        foreach (var table in root.SelectAll("table").Where(IsFigures).ToList())
        {
            if (table.ParentElement?.Nearest("table") is { } frame && !frames.Contains(frame))
            {
                frames.Add(frame);
            }

            table.Remove();
        }

        // "<table><tr><th colspan="2">Fastest runs</th></tr><tr><td><table>…</table></td><td><table>…</table></td></tr>":
        // the frame setting two tables of figures side by side, once they are out, holds only its title row.
        foreach (var frame in frames)
        {
            if (frame.Parent is not null && frame.SelectAll("td").All(cell => cell.TextContent.AsSpan().Trim().Length == 0))
            {
                frame.Remove();
            }
        }

        foreach (var run in RowTableRuns(root))
        {
            foreach (var table in run)
            {
                table.Remove();
            }
        }
    }

    public static bool IsFigures(IElement table) => Tally(table) is { } tally && tally.IsFigures
        && (tally.Rows >= LeastRows || (tally.HeaderRow && tally.Rows >= HeaderRowFiguresTable.LeastRows));

    private readonly record struct Counts(int Rows, int Cells, int Figures, int Width, bool HeaderRow = false)
    {
        public bool IsFigures => Cells > 0 && Figures * 2 > Cells;
    }

    /// <summary>The table's rows, data cells and figures, or null when a cell is prose or the table holds more than figures.</summary>
    private static Counts? Tally(IElement table)
    {
        // A layout table holds pictures, paragraphs or other tables; a picture table's caption row is a sentence.
        // A price table under a row of heading cells may hold its link buttons' pictures (HeaderRowFiguresTable).
        var headerRow = HeaderRowFiguresTable.Opens(table);
        if (table.SelectFirst("table, ul, ol, iframe, video, form") is not null
            || (table.SelectFirst("img") is not null && !(headerRow && HeaderRowFiguresTable.PicturesAreButtons(table)))
            || table.SelectAll("p").Any(paragraph => paragraph.ParentElement?.LocalName is not ("td" or "th") || NodeText.IsLongerThan(paragraph, LongestCell)))
        {
            return null;
        }

        var rows = 0;
        var cells = 0;
        var figures = 0;
        var width = 0;
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
                // "<tr><th colspan="3">Sorting times on the test laptop, by input</th></tr>": the table's title, over
                // the whole width, is no cell of figures however long.
                // "<thead><tr><th>Maker/Model</th><th>Price</th>…" over "<td>Coastline Rider 2 i-Size + Swivel Base</td><td>370 €</td>":
                // under a row of heading cells, each row's first cell names the product or the team, a name longer than a
                // figure but no sentence (LongRowNameUnderHeaderRow).
                if (text.Length > LongestCell && !(cell.LocalName == "th" && row.ChildElementCount == 1) && !(headerRow && rowCells == 0 && LongRowNameUnderHeaderRow.Is(text)))
                {
                    return null;
                }

                rowCells++;
                if (cell.LocalName == "td" && text.Length > 0)
                {
                    cells++;
                    figures += Words.HasDigit(text) ? 1 : 0;
                }
            }

            rows += rowCells >= 2 ? 1 : 0;
            width = Math.Max(width, rowCells);
        }

        return new Counts(rows, cells, figures, width, headerRow);
    }

    /// <summary>Runs of at least <see cref="LeastRows"/> sibling tables of one row each, as many cells wide, holding figures together.</summary>
    private static List<List<IElement>> RowTableRuns(IElement root)
    {
        var runs = new List<List<IElement>>();
        foreach (var first in root.SelectAll("table").ToList())
        {
            if (first.PreviousElementSibling is { LocalName: "table" } || Tally(first) is not { Rows: 1 } head)
            {
                continue;
            }

            var run = new List<IElement> { first };
            int cells = head.Cells, figures = head.Figures;
            for (var next = first.NextElementSibling; next is { LocalName: "table" } && Tally(next) is { Rows: 1 } row && row.Width == head.Width; next = next.NextElementSibling)
            {
                run.Add(next);
                cells += row.Cells;
                figures += row.Figures;
            }

            if (run.Count >= LeastRows && new Counts(run.Count, cells, figures, head.Width).IsFigures)
            {
                runs.Add(run);
            }
        }

        return runs;
    }
}
