namespace Ingestion.Parser.Core;

/// <summary>
/// "Ballykeeran bypass delayed until 2016 as costs rise      …      Most Read" / "Wednesday, December 04, 2013 - 07:30 AM
/// … 1. Athlone man jailed …": a page laid out as a table of two columns, the story's and a rail's ("Most Read"), which
/// <c>w3m -dump</c> prints side by side, each line of the story glued by a long run of spaces to a line of the rail. The
/// rail's lines all start at one column; from the first line split so to the last, what starts there is the rail's, no
/// part of the headline, byline or caption it stands beside. A row split once ("Portada · Hemeroteca      …      Miércoles,
/// 6 de noviembre de 2013": a layout table's menu cell and the day's date) is set out as its cells, one line each.
/// </summary>
internal static class SideColumn
{
    /// <summary>Far wider than the spaces w3m puts between a table's narrow cells (a menu's "News  Sport  What's On").</summary>
    private const int LeastGap = 20;

    private static readonly string Gap = new(' ', LeastGap);

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        // Asked of every page: most have no line with such a gap.
        if (!lines.Exists(line => line.Text.Length > LeastGap && line.Text.Contains(Gap, StringComparison.Ordinal)))
        {
            return lines;
        }

        var columns = new int[lines.Count];
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            columns[i] = RightCellColumn(lines[i]);
            if (columns[i] > 0)
            {
                counts[columns[i]] = counts.GetValueOrDefault(columns[i]) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return lines;
        }

        // One split line is a row of a layout table (the logo beside the day's date); a rail beside a column splits several.
        if (counts.MaxBy(pair => pair.Value) is not { Value: >= 2 } most)
        {
            return SplitCells(lines, columns);
        }

        var column = most.Key;
        var first = Array.FindIndex(columns, c => Math.Abs(c - column) <= 1);
        var last = Array.FindLastIndex(columns, c => Math.Abs(c - column) <= 1);
        var result = new List<TextLine>(lines);
        for (var i = first; i <= last; i++)
        {
            if (Math.Abs(columns[i] - column) <= 1)
            {
                var left = lines[i].Text.AsSpan(0, columns[i] - lines[i].Indent).TrimEnd();
                result[i] = new TextLine(lines[i].Indent, left.ToString());
            }
            else if (!lines[i].IsBlank && lines[i].Indent >= column - 2)
            {
                result[i] = new TextLine(0, string.Empty);
            }
        }

        return SplitCells(result, [.. result.Select(RightCellColumn)]);
    }

    private static List<TextLine> SplitCells(List<TextLine> lines, int[] columns)
    {
        if (Array.TrueForAll(columns, column => column == 0))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count + 2);
        for (var i = 0; i < lines.Count; i++)
        {
            if (columns[i] == 0)
            {
                result.Add(lines[i]);
                continue;
            }

            var cut = columns[i] - lines[i].Indent;
            result.Add(new TextLine(lines[i].Indent, lines[i].Text[..cut].TrimEnd()));
            // The right cell stands at the row's indentation: far right of the margin, it would read as a line the browser centred.
            result.Add(new TextLine(lines[i].Indent, lines[i].Text[cut..]));
        }

        return result;
    }

    /// <summary>Where the text after a run of at least <see cref="LeastGap"/> spaces starts, as a column of the page, or 0.</summary>
    private static int RightCellColumn(TextLine line)
    {
        var gap = line.Text.IndexOf(Gap, StringComparison.Ordinal);
        if (gap <= 0)
        {
            return 0;
        }

        var right = gap;
        while (right < line.Text.Length && line.Text[right] == ' ')
        {
            right++;
        }

        // "Name * [          ]": a form's text field, whose brackets are no cell.
        return right < line.Text.Length && char.IsLetterOrDigit(line.Text[right]) && line.Text[gap - 1] != '[' ? line.Indent + right : 0;
    }
}
