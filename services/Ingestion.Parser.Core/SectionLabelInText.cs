namespace Ingestion.Parser.Core;

/// <summary>
/// "… danke an den Verlag für das Leseexemplar." / "Klappentext:" / "Ein Fischer rudert hinaus …": a review blog's
/// one-word section label between two paragraphs of the text ("Klappentext:", "Meinung:", "Fazit:") is the writer's
/// crosshead, not a scraper's label left without its value ("Post by:"): it follows text and the text goes on under it.
/// </summary>
/// <remarks>
/// A label of two or three words that leads in to a list of the text's own ("Tipps von Hanna:" over "Buch: …" /
/// "Film: …"), which the markup (or a text browser) indents under it, is the text's too. Over a paragraph such a label
/// is a box's ("Story Source:", "Earlier post:") and stays out. A word may hold an apostrophe ("Things You'll Want:").
/// </remarks>
internal static class SectionLabelInText
{
    /// <summary>A one-word label: a German compound ("Versicherungsbedingungen:") runs to 25 characters.</summary>
    private const int LongestLabel = 26;

    /// <summary>A label of two or three words: "Lieblingsstücke von Konstantin:" is 31 characters.</summary>
    private const int LongestWordsLabel = 32;

    private const int ProseLength = 80;

    public static bool Is(PageLines lines, int index, int end, IReadOnlyList<string> body)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (body.Count == 0 || text.Length is < 4 or > LongestWordsLabel || text[^1] != ':' || !char.IsUpper(text[0]))
        {
            return false;
        }

        var spaces = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == ' ' && text[i - 1] != ' ')
            {
                spaces++;
            }
            else if (!char.IsLetter(c) && c != '-' && !(c is '\'' or '’' && i > 0 && char.IsLetter(text[i - 1])))
            {
                return false;
            }
        }

        if (spaces > 2 || (spaces == 0 && text.Length > LongestLabel))
        {
            return false;
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        if (above < 0 || below >= end || !string.Equals(body[^1], Whitespace.Collapse(lines[above].Text), StringComparison.Ordinal)
            || BoilerplateFilter.IsBoilerplate(lines[index].Text) || BoilerplateFilter.IsRelatedHeading(lines[index].Text))
        {
            return false;
        }

        // "Story Source:", "Earlier post:" over a paragraph are a scraper's labels of a box: words lead in to a list only.
        return spaces > 0 ? IsIndentedList(lines, index, below, end) : lines[below].Text.Length >= ProseLength && Words.EndsSentence(lines[below].Text);
    }

    /// <summary>
    /// Two items or more indented under the label, one of the first two of two words at least: a list, not one link or a
    /// row of one-word buttons ("Trowel" / "Potting soil from a nursery" is a how-to's list of things needed); and
    /// something stands under the list.
    /// </summary>
    private static bool IsIndentedList(PageLines lines, int index, int first, int end)
    {
        var indent = lines[first].Indent;
        if (indent <= lines[index].Indent || first + 1 >= end || lines[first + 1].Indent != indent)
        {
            return false;
        }

        var worded = false;
        for (var i = first; i <= first + 1; i++)
        {
            if (lines[i].IsBlank || lines.IsBoilerplate(i))
            {
                return false;
            }

            worded |= Words.CountUpTo(lines[i].Text, 2) >= 2;
        }

        if (!worded)
        {
            return false;
        }

        // A list that closes the lines goes as a rail of links under the text; its lead-in would stand alone.
        var last = first + 1;
        while (last + 1 < end && lines[last + 1].Indent == indent && !lines[last + 1].IsBlank)
        {
            last++;
        }

        return lines.NextNonBlank(last, end) < end;
    }
}
