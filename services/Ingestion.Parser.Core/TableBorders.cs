namespace Ingestion.Parser.Core;

/// <summary>
/// "┌──────┐" / "│POLL  │" / "│( ) Yes│" / "└──────┘": <c>w3m -dump</c> draws a bordered table's (<c>border=1</c>) rules with
/// box-drawing characters. The rules are no text, and the cells' lines read as the lines they hold ("( ) Yes" a radio
/// button again).
/// </summary>
internal static class TableBorders
{
    private const string RuleCharacters = "┌┐└┘├┤┬┴┼─│━┃┏┓┗┛";

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || text[0] is not ('┌' or '│' or '├' or '└' or '┏' or '┃' or '┗'))
            {
                continue;
            }

            result ??= [.. lines];
            var inner = text.AsSpan().Trim(RuleCharacters);
            // "│cell one│cell two│": the cells of a row, side by side.
            result[i] = inner.IsEmpty ? new TextLine(0, string.Empty)
                : new TextLine(lines[i].Indent + 1, Whitespace.Collapse(inner.ToString().Replace('│', ' ')).Trim());
        }

        return result ?? lines;
    }
}
