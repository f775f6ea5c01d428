using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>The lines of markup too large or too deep for a DOM: each tag ends a line, entities are decoded.</summary>
/// <remarks>
/// The lines are taken from each run of text between tags as it is found: the page is already megabytes, and a copy of
/// its whole text first cost as much again in memory and in time.
/// </remarks>
internal static class TagStripper
{
    public static List<TextLine> Lines(string html)
    {
        var lines = new List<TextLine>();
        var rest = html.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('<');
            var chunk = open < 0 ? rest : rest[..open];
            if (!chunk.IsWhiteSpace())
            {
                var text = chunk.Contains('&') ? WebUtility.HtmlDecode(chunk.ToString()).AsSpan() : chunk;
                // The tag's line break after a carriage return ends one line, as CR LF does.
                TextLine.AddLines(lines, text.EndsWith('\r') ? text[..^1] : text);
            }

            if (open < 0)
            {
                break;
            }

            var close = rest[open..].IndexOf('>');
            rest = close < 0 ? [] : rest[(open + close + 1)..];
        }

        // The last tag's line break leaves an empty last line, as in a text that ends with one.
        lines.Add(new TextLine(0, string.Empty));
        return lines;
    }
}
