namespace Ingestion.Parser.Core;

/// <summary>
/// "The Ferry Men's Big Lie" / "How the timetable changed" / "    nobody asked the ferry men" / "    the harbour master"
/// / the text: a motto quoted over an essay, which a text browser indents as a block quote between the headline (or its
/// deck) and the text. Its short lines read as headlines; the headline is above them, at the text's margin.
/// </summary>
internal static class EpigraphOverText
{
    private const int MaxLines = 4;
    private const int MaxLineLength = 100;

    /// <summary>A block quote is indented further than the text around it: w3m by four columns, lynx by two.</summary>
    private const int MinExtraIndent = 2;

    /// <summary>The line over the motto that ends right above <paramref name="firstProse"/>, or -1 when no motto stands there.</summary>
    public static int LineAbove(PageLines lines, int firstProse)
    {
        var margin = lines[firstProse].Indent;
        var last = lines.PreviousNonBlank(firstProse);
        if (last < 0 || lines[last].Indent < margin + MinExtraIndent)
        {
            return -1;
        }

        var top = last;
        for (var count = 1; ; count++)
        {
            if (!IsMottoLine(lines[top].Text) || lines[top].Indent != lines[last].Indent)
            {
                return -1;
            }

            if (top == 0 || lines[top - 1].IsBlank)
            {
                break;
            }

            if (count == MaxLines)
            {
                return -1;
            }

            top--;
        }

        var above = lines.PreviousNonBlank(top);
        return above >= 0 && lines[above].Indent <= margin ? above : -1;
    }

    /// <summary>Short, and opening with a letter or a quotation mark: no list item, no date, no rule.</summary>
    private static bool IsMottoLine(string text) =>
        text.Length is > 0 and <= MaxLineLength && (char.IsLetter(text[0]) || text[0] is '"' or '“' or '„' or '«' or '‘' or '\'');
}
