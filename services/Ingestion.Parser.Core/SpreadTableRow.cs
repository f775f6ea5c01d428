namespace Ingestion.Parser.Core;

/// <summary>
/// "Northern Rivers Echo-Times          …          Lismore 24°C | Log in | Subscribe": a header table's cells that
/// <c>w3m -dump -cols 3000</c> sets on one line, the right cell pushed hundreds of columns over by <c>align=right</c>. The
/// cells are lines of their own, as a reader sees a logo and a login box: a line this long is otherwise read as prose.
/// </summary>
internal static class SpreadTableRow
{
    /// <summary>Far more spaces than a sentence, a table-laid comment row or a centred label ever holds.</summary>
    private const int CellGap = 40;

    public static List<TextLine> Split(List<TextLine> lines)
    {
        if (!lines.Exists(line => HasCellGap(line.Text)))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count + 4);
        foreach (var line in lines)
        {
            var indent = line.Indent;
            var rest = line.Text;
            int gap;
            while ((gap = rest.IndexOf(new string(' ', CellGap), StringComparison.Ordinal)) > 0)
            {
                result.Add(new TextLine(indent, rest[..gap]));
                var next = gap + CellGap;
                while (rest[next] == ' ')
                {
                    next++;
                }

                indent += next;
                rest = rest[next..];
            }

            result.Add(line with { Indent = indent, Text = rest });
        }

        return result;
    }

    private static bool HasCellGap(string text) => text.Contains(new string(' ', CellGap), StringComparison.Ordinal);
}
