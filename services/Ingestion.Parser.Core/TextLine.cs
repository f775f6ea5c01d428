namespace Ingestion.Parser.Core;

/// <summary>One line of a plain-text page: its indentation and its trimmed text.</summary>
internal readonly record struct TextLine(int Indent, string Text)
{
    public bool IsBlank => Text.Length == 0;

    public static List<TextLine> Split(string text)
    {
        // One entry per line break (a CR LF pair gives two), so the list never grows while it fills.
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1);
        foreach (var range in text.AsSpan().SplitAny('\n', '\r'))
        {
            var line = text.AsSpan(range);
            var trimmed = line.Trim();
            lines.Add(new TextLine(trimmed.IsEmpty ? 0 : Whitespace.Indentation(line), trimmed.IsEmpty ? string.Empty : trimmed.ToString()));
        }

        // "\r\n" splits into a line and an empty one; blank lines only ever separate blocks, so fewer of them change nothing.
        return lines;
    }
}
