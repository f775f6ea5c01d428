namespace Ingestion.Parser.Core;

/// <summary>
/// "Im Kurs:" / "– Obstbäume schneiden" / "– Wurzeln – Rinde – Blätter und Knospen" / "– Werkzeug pflegen": a list the
/// writer typed with dashes, one item per line (a course's contents, a seminar's programme). An item may have a byline's
/// shape ("topic – topic – Anna und Berta" reads as names after dashes), and the label over the list ends in a colon
/// like an empty field label; the run of dashed lines says both are text. Only typed dashes count: a text browser marks
/// list items with "*", "•" or "+", which menus and share rows use as well.
/// </summary>
internal static class DashListRunItem
{
    /// <summary>Whether the line at <paramref name="index"/> opens with a spaced dash and a line next to it does too.</summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        if (index < 0 || index >= end || !OpensWithDash(lines[index].Text))
        {
            return false;
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        return (above >= 0 && index - above <= 2 && OpensWithDash(lines[above].Text)) || (below < end && below - index <= 2 && OpensWithDash(lines[below].Text));
    }

    private static bool OpensWithDash(string line)
    {
        var text = line.AsSpan().TrimStart();
        if (text is not [('–' or '-'), (' ' or '\u00A0'), ..])
        {
            return false;
        }

        var item = text[1..].TrimStart();
        return !item.IsEmpty && char.IsLetterOrDigit(item[0]);
    }
}
