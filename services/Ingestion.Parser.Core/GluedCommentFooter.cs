namespace Ingestion.Parser.Core;

/// <summary>
/// A scraper that reads a comment's text and its footer as one element prints them on one line with nothing between:
/// "Great point.September 26, 2013 at 9:05 am | Reply", "Tout à fait d'accord.Le 24/09/2013 à 19:08 | Répondre",
/// "Stimmt genau.24.09.2013, 19:08 | Antworten". The footer goes back on a line of its own under the text, so the
/// comment keeps its words and its time.
/// </summary>
internal static class GluedCommentFooter
{
    public static List<TextLine> Split(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var footer = FooterStart(line.Text);
            if (footer < 0)
            {
                result?.Add(line);
                continue;
            }

            result ??= lines.GetRange(0, i);
            result.Add(line with { Text = line.Text[..footer] });
            result.Add(line with { Text = line.Text[footer..] });
        }

        return result ?? lines;
    }

    /// <summary>
    /// Where a footer glued to the text starts, or -1: a date line with its buttons after a bar, as long as a date line
    /// may be, whose first character (a capital or a digit) runs into the text's last.
    /// </summary>
    public static int FooterStart(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        var earliest = Math.Max(1, line.Length - DateLineParser.LongestLine);
        if (bar < earliest || DateLineParser.TryParseLine(line, out _))
        {
            return -1;
        }

        for (var start = earliest; start < bar; start++)
        {
            if (RunsInto(line, start) && Words.HasDigit(line.AsSpan(start)) && DateLineParser.TryParseLine(line.AsSpan(start), out var footer)
                && !IsHandleNumber(line, start, footer))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// "by OldGold1984 on 2013-09-28 | 10:09 PM": a handle ending in digits before " on " and its date. The digits run on
    /// from a letter and make a word of their own, and the line after that word reads as the very same time: they add
    /// nothing to the date, so they are the name's, not a glued footer's first number ("well said2 hours ago | Reply"
    /// reads otherwise without its count).
    /// </summary>
    private static bool IsHandleNumber(string line, int start, PageTime footer)
    {
        if (!char.IsAsciiDigit(line[start]) || !char.IsLetter(line[start - 1]))
        {
            return false;
        }

        var end = start;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        return end < line.Length && line[end] == ' '
            && DateLineParser.TryParseLine(line.AsSpan(end).TrimStart(), out var withoutDigits) && withoutDigits == footer;
    }

    /// <summary>
    /// "point.September", "rightSeptember", "genau.24.09.2013": the footer's first character runs into the text's last,
    /// not inside a word of capitals nor inside a number ("24.09.2013").
    /// </summary>
    private static bool RunsInto(string line, int start)
    {
        var last = line[start - 1];
        var beforeLast = start > 1 ? line[start - 2] : ' ';
        return !char.IsWhiteSpace(last)
            && ((char.IsUpper(line[start]) && !char.IsUpper(last))
                || (char.IsAsciiDigit(line[start]) && !char.IsAsciiDigit(last) && !char.IsUpper(last) && !char.IsAsciiDigit(beforeLast)));
    }
}
