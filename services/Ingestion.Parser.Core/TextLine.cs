namespace Ingestion.Parser.Core;

/// <summary>
/// One line of a plain-text page: its indentation and its trimmed text, and whether a text browser centred it across
/// the page (its indentation then says nothing of nesting, and is dropped).
/// </summary>
internal readonly record struct TextLine(int Indent, string Text, bool Centred = false)
{
    public bool IsBlank => Text.Length == 0;

    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + 1);
        AddLines(lines, text);
        return lines;
    }

    /// <summary>
    /// Adds the lines of a text to those read so far: its last line too, empty when the text ends with a line break; a run
    /// of blank lines is one, and none is kept above the first line.
    /// </summary>
    public static void AddLines(List<TextLine> lines, ReadOnlySpan<char> text)
    {
        var rest = text;
        while (true)
        {
            // CR LF (Windows), LF and a lone CR (old Macs) each end one line: a page saved on Windows must not gain a
            // blank line under every line, as blank lines end blocks (a wrapped paragraph, an author box, a caption run).
            var end = rest.IndexOfAny('\n', '\r');
            Add(lines, end < 0 ? rest : rest[..end]);
            if (end < 0)
            {
                return;
            }

            rest = rest[(rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1)..];
        }
    }

    private static void Add(List<TextLine> lines, ReadOnlySpan<char> line)
    {
        var text = Whitespace.PlainSpaces(line.Trim());
        // One blank line ends a block as well as several: a scraper prints an extra one for an empty element, and a rule
        // that looks past the blank line under a caption or a name must not miss what is there. Above the first line a
        // blank line ends nothing.
        if (text.Length == 0 && (lines.Count == 0 || lines[^1].IsBlank))
        {
            return;
        }

        lines.Add(new TextLine(text.Length == 0 ? 0 : Whitespace.Indentation(line), text));
    }
}
