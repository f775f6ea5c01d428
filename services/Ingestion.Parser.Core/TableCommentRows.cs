namespace Ingestion.Parser.Core;

/// <summary>
/// "K. Marchetti            $14 million is a rounding error …" / "3/14/2016 7:48 PM EDT" / "                        Watch
/// for …": a thread laid out as a table, the commenter's name and time in the left cell and the text in the right, which
/// <c>w3m</c> prints side by side. Each row is set out again as a name, its time and the text's paragraphs, as a thread
/// without a table prints them.
/// </summary>
internal static class TableCommentRows
{
    /// <summary>The spaces <c>w3m</c> pads a cell with: more than a sentence ever holds.</summary>
    private const string CellGap = "   ";

    private const int MinimumRows = 2;

    private const int MinimumTextLength = 20;

    public static List<TextLine> Split(List<TextLine> lines)
    {
        List<(int Row, int Column)>? rows = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (TextColumn(lines, i) is var column and > 0)
            {
                (rows ??= []).Add((i, column));
            }
        }

        // A table of one row, or rows whose text cells do not line up, is no thread.
        if (rows is null || rows.Count < MinimumRows || rows.Any(row => row.Column != rows[0].Column))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count + (4 * rows.Count));
        var next = 0;
        foreach (var (row, column) in rows)
        {
            for (; next < row; next++)
            {
                result.Add(lines[next]);
            }

            var text = lines[row].Text;
            var gap = text.IndexOf(CellGap, StringComparison.Ordinal);
            result.Add(new TextLine(lines[row].Indent, text[..gap]));
            result.Add(lines[row + 1]);
            result.Add(new TextLine(0, string.Empty));
            result.Add(new TextLine(column, text[gap..].Trim()));
            next = row + 2;
            // The text cell's further paragraphs, set under its first at the same column.
            for (; next < lines.Count && lines[next].Indent == column && !lines[next].IsBlank; next++)
            {
                result.Add(new TextLine(0, string.Empty));
                result.Add(lines[next]);
            }
        }

        for (; next < lines.Count; next++)
        {
            result.Add(lines[next]);
        }

        return result;
    }

    /// <summary>The column the row's text cell starts at, or 0 when the line is no name beside a text over a time.</summary>
    private static int TextColumn(List<TextLine> lines, int index)
    {
        var text = lines[index].Text;
        var gap = text.IndexOf(CellGap, StringComparison.Ordinal);
        if (gap <= 0 || lines[index + 1].IsBlank)
        {
            return 0;
        }

        var start = gap;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var column = lines[index].Indent + start;
        return text.Length - start >= MinimumTextLength && Words.LooksLikeName(text.AsSpan(0, gap)) && lines[index + 1].Indent < column
            && DateLineParser.TryParseLine(lines[index + 1].Text, out _) ? column : 0;
    }
}
