using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>The lines of markup too large or too deep for a DOM: each tag ends a line, entities are decoded.</summary>
/// <remarks>
/// The lines are taken from each run of text between tags as it is found: the page is already megabytes, and a copy of
/// its whole text first cost as much again in memory and in time. What a browser never shows (scripts, styles, comments)
/// is skipped whole: a large page is mostly inline script and data, whose "&lt;" would otherwise open a tag.
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

            rest = AfterTag(rest[open..]);
        }

        // The last tag's line break leaves an empty last line, as in a text that ends with one.
        lines.Add(new TextLine(0, string.Empty));
        return lines;
    }

    /// <summary>The markup after the tag that opens <paramref name="markup"/>, and after the content a browser hides with it.</summary>
    private static ReadOnlySpan<char> AfterTag(ReadOnlySpan<char> markup)
    {
        if (markup.StartsWith("<!--"))
        {
            var close = markup.IndexOf("-->");
            return close < 0 ? [] : markup[(close + 3)..];
        }

        var end = markup.IndexOf('>');
        if (end < 0)
        {
            return [];
        }

        foreach (var hidden in HiddenElements)
        {
            if (OpensElement(markup, hidden))
            {
                var closing = markup[(end + 1)..].IndexOf("</" + hidden, StringComparison.OrdinalIgnoreCase);
                return closing < 0 ? [] : AfterTag(markup[(end + 1 + closing)..]);
            }
        }

        return markup[(end + 1)..];
    }

    private static readonly string[] HiddenElements = ["script", "style", "noscript", "template", "textarea"];

    /// <summary>"&lt;script&gt;", "&lt;SCRIPT type=…&gt;": the element's name, then the tag's end or a space.</summary>
    private static bool OpensElement(ReadOnlySpan<char> markup, string name) =>
        markup.Length > name.Length + 1 && markup[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && markup[name.Length + 1] is '>' or ' ' or '\t' or '\n' or '\r' or '/';
}
