using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// Undoes what an HTML-to-Markdown converter (<c>html2text</c>, pandoc, reader-mode exporters) does to a page, so the usual
/// plain-text rules read what a reader sees: "# Title" headings, "**By Name**", "[link text](url)", a picture's alt text
/// written as "![caption](img.jpg)", "> " quotes, "* * *" rules and backslash escapes.
/// </summary>
internal static class MarkdownDump
{
    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        if (!IsMarkdown(lines))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (IsRule(line.Text))
            {
                result.Add(new TextLine(0, string.Empty));
                continue;
            }

            var text = Plain(line.Text);
            result.Add(new TextLine(text.Length == 0 ? 0 : line.Indent, text));
        }

        return result;
    }

    /// <summary>A page is Markdown when it has a top-level "# " heading and inline links "[text](url)".</summary>
    private static bool IsMarkdown(List<TextLine> lines)
    {
        // Most pages have no "# " heading: that cheap test comes first, the search for links only after it.
        return lines.Exists(line => line.Indent == 0 && line.Text is ['#', ' ', ..])
            && lines.Exists(line => line.Text.Contains("](", StringComparison.Ordinal));
    }

    /// <summary>"* * *", "---", "___": a thematic break.</summary>
    private static bool IsRule(string text) =>
        text.Length >= 3 && text[0] is '*' or '-' or '_' && text.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: >= 3 } rule
        && !rule.AsSpan().ContainsAnyExcept(rule[0]);

    private static string Plain(string text)
    {
        var span = text.AsSpan();
        var afterHashes = span.TrimStart('#');
        if (afterHashes.Length < span.Length && afterHashes.StartsWith(" "))
        {
            span = afterHashes.Trim();
        }

        while (span.StartsWith(">"))
        {
            span = span[1..].TrimStart();
        }

        var builder = new StringBuilder(span.Length);
        var emphasisEnd = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '\\' && i + 1 < span.Length && IsEscapable(span[i + 1]))
            {
                builder.Append(span[++i]);
            }
            else if (i == emphasisEnd)
            {
                emphasisEnd = -1;
            }
            else if (emphasisEnd < 0 && InlineEmphasis.End(span, i) is > 0 and var close)
            {
                // "the _Beat_ in August", "_Lonnie Vasquez_ says:": single emphasis inside a line.
                emphasisEnd = close;
            }
            else if ((c == '*' || c == '_') && i + 1 < span.Length && span[i + 1] == c)
            {
                i++;
            }
            else if (c == '!' && i + 1 < span.Length && span[i + 1] == '[')
            {
                // "![alt](src)": the picture is gone, its alt text (often the caption) stays.
            }
            else if (c == '[' && LinkEnd(span, i) is > 0 and var end)
            {
                var label = span[(i + 1)..span[..end].LastIndexOf("](")];
                builder.Append(Plain(label.ToString()));
                i = end;
            }
            else
            {
                builder.Append(c);
            }
        }

        return Whitespace.Collapse(WithoutEmphasisAround(builder.ToString().Trim()));
    }

    /// <summary>The index of the ")" closing a link "[text](url)" that opens at <paramref name="open"/>, or -1.</summary>
    private static int LinkEnd(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                if (i + 1 >= text.Length || text[i + 1] != '(')
                {
                    return -1;
                }

                var close = text[(i + 2)..].IndexOf(')');
                return close < 0 ? -1 : i + 2 + close;
            }
        }

        return -1;
    }

    /// <summary>"\-", "\*", "\[": the ASCII punctuation a converter escapes.</summary>
    private static bool IsEscapable(char c) => c is > ' ' and < (char)127 && !char.IsAsciiLetterOrDigit(c);

    /// <summary>"_Monday 14 November 2016_" and "*Updated*": emphasis around a whole line.</summary>
    private static string WithoutEmphasisAround(string text) =>
        text.Length > 2 && (text[0] is '_' or '*') && text[^1] == text[0] && text[1] != ' ' ? text[1..^1] : text;
}
