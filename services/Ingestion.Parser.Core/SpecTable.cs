namespace Ingestion.Parser.Core;

/// <summary>
/// "2014 Veloce Arden Turbo" / "Base price         $23,450" / "Price as tested    $25,120" / "Engine             1.6L
/// turbo I-4, 201 hp": a box of labels and values (a car's specifications, a phone's, a film's credits) that a text
/// browser prints as a two-column table, the values lined up in one column. Its rows are no sentences of the story; the
/// block, its heading included, is the box's.
/// </summary>
internal static class SpecTable
{
    /// <summary>Three rows make a box; two may be a pair of lines in the text that happen to line up.</summary>
    private const int LeastRows = 3;

    private const int MaxLabelLength = 30;
    private const int MaxValueLength = 60;

    public static List<TextLine> Remove(List<TextLine> lines) => TextBlocks.BlankClaimed(lines, (page, start, end) => IsBox(page, start, end) ? end : -1);

    /// <summary>Every row of the block a label and a value at one column, but for a heading over them.</summary>
    private static bool IsBox(List<TextLine> lines, int start, int end)
    {
        var first = start;
        // The box's heading: one cell, over the rows.
        if (ValueColumn(lines[start]) < 0 && lines[start].Text.Length <= MaxValueLength && !Words.EndsSentence(lines[start].Text))
        {
            first++;
        }

        if (end - first < LeastRows)
        {
            return false;
        }

        var column = ValueColumn(lines[first]);
        for (var i = first; i < end; i++)
        {
            if (column < 0 || ValueColumn(lines[i]) != column)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Base price         $23,450": where the value starts, after a gap of two spaces or more; -1 when the row has not two cells.</summary>
    private static int ValueColumn(TextLine line)
    {
        var text = line.Text;
        var gap = text.IndexOf("  ", StringComparison.Ordinal);
        if (gap <= 0 || gap > MaxLabelLength)
        {
            return -1;
        }

        var value = gap;
        while (value < text.Length && text[value] == ' ')
        {
            value++;
        }

        var cell = text.AsSpan(value);
        return cell.Length is > 0 and <= MaxValueLength && !cell.Contains("  ", StringComparison.Ordinal) && !Words.EndsSentence(cell)
            ? line.Indent + value
            : -1;
    }
}
