namespace Ingestion.Parser.Core;

/// <summary>
/// "Team      1  2  3  4  F" / "Kittridge 12 10 15 17 54" / "Dunmore   14 17 16 11 58": a table of figures (a box
/// score, a line score, a results grid) that a text browser prints as rows of short cells. Its rows are no sentences of
/// the story; the whole block, its heading row and name cells included, is the table's. A scraper that takes a table's
/// text as a browser shows it sets a tab between the cells ("Harbor City\t7\t3\t14\t7\t31"), and may print the table's
/// note as the block's last line ("Data delayed at least 15 minutes.").
/// </summary>
internal static class FiguresTable
{
    /// <summary>Three rows of figures make a table; two may be a list of scores in the text.</summary>
    private const int LeastFigureRows = 3;

    public static List<TextLine> Remove(List<TextLine> lines) => TextBlocks.BlankClaimed(lines, TableEnd);

    /// <summary>Where the table the block opens ends, its notes line included; -1 when the block is no table.</summary>
    private static int TableEnd(List<TextLine> lines, int start, int end)
    {
        if (end - start < LeastFigureRows)
        {
            return -1;
        }

        var figureRows = 0;
        var otherRows = 0;
        for (var i = start; i < end; i++)
        {
            // Asked of every block of the page: a paragraph's lines outweigh the figure rows the block has left long
            // before its end, and the answer cannot change after that.
            if (otherRows * 2 > figureRows + (end - i))
            {
                return -1;
            }

            if (IsFigureRow(lines[i].Text))
            {
                figureRows++;
            }
            else if (i == end - 1 && i > start && IsFigureRow(lines[i - 1].Text) && lines[i].Text.Length <= 60)
            {
                // "Data delayed at least 15 minutes.": a short note right under the rows closes the table; it is no row.
            }
            else if (Words.EndsSentence(lines[i].Text) || lines[i].Text.Length > 80)
            {
                otherRows += 100;
            }
            else
            {
                otherRows++;
            }
        }

        // Mostly figures, the rest short headings ("KITTRIDGE FG FT PTS", "Dunmore 58, Kittridge 54").
        if (figureRows < LeastFigureRows || otherRows * 2 > figureRows)
        {
            return -1;
        }

        // "3-point goals: Kittridge 3 (Pratt, Ochoa); Dunmore 3 (Lindqvist 2, Sorensen). Fouled out: None.": the box
        // score's notes, a line of labelled entries right under its rows.
        var notes = end;
        while (notes < lines.Count && lines[notes].IsBlank && notes - end < 2)
        {
            notes++;
        }

        return notes < lines.Count && !lines[notes].IsBlank && (notes + 1 >= lines.Count || lines[notes + 1].IsBlank) && IsNotesLine(lines[notes].Text)
            ? notes + 1
            : end;
    }

    /// <summary>Two labelled entries or more ("Fouled out: None."), each label a few words after a full stop or semicolon.</summary>
    private static bool IsNotesLine(string text)
    {
        if (text.Length > 300)
        {
            return false;
        }

        var labels = 0;
        for (var colon = text.IndexOf(": ", StringComparison.Ordinal); colon > 0; colon = text.IndexOf(": ", colon + 2, StringComparison.Ordinal))
        {
            var labelStart = text.AsSpan(0, colon).LastIndexOfAny('.', ';') + 1;
            if (Words.Count(text.AsSpan(labelStart, colon - labelStart)) > 3)
            {
                return false;
            }

            labels++;
        }

        return labels >= 2;
    }

    /// <summary>"Pratt     8  2-3   19": a short row whose cells are mostly numbers, at least two of them.</summary>
    private static bool IsFigureRow(string text)
    {
        if (text.Length > 80 || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var figures = 0;
        var words = 0;
        foreach (var range in text.AsSpan().SplitAny(CellSeparators))
        {
            var cell = text.AsSpan(range);
            if (cell.IsEmpty)
            {
                continue;
            }

            words++;
            if (cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyInRange('a', 'z') && !cell.ContainsAnyInRange('A', 'Z'))
            {
                figures++;
            }
        }

        return figures >= 2 && figures * 2 >= words;
    }

    /// <summary>A text browser pads cells with spaces; a scraper that keeps the table's text parts them with tabs.</summary>
    private static readonly char[] CellSeparators = [' ', '\t'];
}
