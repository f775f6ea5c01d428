namespace Ingestion.Parser.Core;

/// <summary>
/// "Date 24.09.2013" / "Author Lena Hartwig (AFP, Reuters)" / "Editor Martin Kessler" / "Keywords Syria, chemical
/// weapons, UN" / "Permalink http://…": a broadcaster's fact table under the text, its label and value in two cells, which
/// a dump prints side by side without a colon. A line counts as a row only among two more rows in the same run of lines
/// (no blank line between), so a paragraph that opens with "Author" or "Editor" stays text. A text browser prints the
/// table as a list ("* Date 19.01.2020" / "* Author Ben Knight" / "* Related Subjects Berlin"), each row behind its bullet.
/// </summary>
internal static class UnpunctuatedFactRows
{
    private static readonly string[] Labels = ["Date", "Author", "Authors", "Editor", "Editors", "Keywords", "Permalink", "Print", "Source", "Related Subjects"];

    private static readonly string[] AuthorLabels = ["Author", "Authors"];

    private const int FewestRows = 3;

    private const int LongestRow = 200;

    /// <summary>A row of such a table; its label alone gives nothing to read.</summary>
    public static bool IsRow(PageLines lines, int index) =>
        LabelLength(lines[index].Text) > 0 && RowsInRun(lines, index) >= FewestRows;

    /// <summary>"Author Lena Hartwig (AFP, Reuters)": the writers of an "Author" row; the agencies in brackets are none.</summary>
    public static List<string>? TryReadAuthors(string text)
    {
        if (ValueOf(text, AuthorLabels) is not { } value)
        {
            return null;
        }

        var open = value.IndexOf('(');
        var names = open > 0 ? value[..open] : value;
        return BylineParser.TryRead(string.Concat("By ", names.Trim()));
    }

    /// <summary>"Keywords Syria, chemical weapons, UN": the tags of a "Keywords" row.</summary>
    public static List<string>? TryReadKeywords(string text) =>
        ValueOf(text, ["Keywords"]) is { } value ? TagLineParser.Split(value) : null;

    private static string? ValueOf(string text, string[] labels)
    {
        var trimmed = Unbulleted(text);
        foreach (var label in labels)
        {
            if (trimmed.Length > label.Length + 1 && trimmed.StartsWith(label, StringComparison.Ordinal) && trimmed[label.Length] == ' ')
            {
                return trimmed[(label.Length + 1)..].Trim().ToString();
            }
        }

        return null;
    }

    private static int LabelLength(string text)
    {
        var trimmed = Unbulleted(text);
        if (trimmed.Length > LongestRow)
        {
            return 0;
        }

        foreach (var label in Labels)
        {
            if (trimmed.Length > label.Length + 1 && trimmed.StartsWith(label, StringComparison.Ordinal) && trimmed[label.Length] == ' '
                && !char.IsWhiteSpace(trimmed[label.Length + 1]))
            {
                return label.Length;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> Unbulleted(string text) => CommentLine.StripMarker(text.Trim(), out _);

    private static int RowsInRun(PageLines lines, int index)
    {
        var first = index;
        while (first > 0 && !lines[first - 1].IsBlank)
        {
            first--;
        }

        var rows = 0;
        for (var i = first; i < lines.Count && !lines[i].IsBlank; i++)
        {
            if (LabelLength(lines[i].Text) > 0)
            {
                rows++;
            }
        }

        return rows;
    }
}
