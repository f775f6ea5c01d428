namespace Ingestion.Parser.Core;

/// <summary>
/// What a DOM of the page would cost, from one pass over its source: the tags, how deep they nest, and the characters
/// a reader could see. Script and style contents and <c>data:</c> URIs are left out of all three: a page saved whole
/// (images inlined as base64, a framework's state as a megabyte of JSON in a script) is mostly such bytes, and each is a
/// single text node or attribute to the HTML parser, cheap to build and never read by a rule.
/// </summary>
internal readonly record struct HtmlShape(int Tags, int Depth, int ReadableLength)
{
    public static HtmlShape Of(string html)
    {
        int tags = 0, depth = 0, maxDepth = 0, unreadable = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next == '/')
            {
                tags++;
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                tags++;
                if (!IsVoidOrSelfClosing(html, at + 1))
                {
                    maxDepth = Math.Max(maxDepth, ++depth);
                }

                if (RawTextName(html, at + 1) is { } name && html.IndexOf('>', at) is > 0 and var contentStart)
                {
                    // The element's text runs to its own end tag whatever it holds ("if (a<b)", "<div>" in a string).
                    var end = html.IndexOf(name, contentStart, StringComparison.OrdinalIgnoreCase);
                    end = end < 0 ? html.Length : end;
                    unreadable += end - contentStart - 1;
                    at = end < html.Length ? end : -1;
                    continue;
                }
            }

            at = html.IndexOf('<', at + 1);
        }

        return new HtmlShape(tags, maxDepth, html.Length - unreadable - DataUriLength(html));
    }

    /// <summary>The end tag that closes a script or style element opening at <paramref name="nameStart"/>; null for other elements.</summary>
    private static string? RawTextName(string html, int nameStart)
    {
        var name = html.AsSpan(nameStart);
        return name.StartsWith("script", StringComparison.OrdinalIgnoreCase) && IsNameEnd(html, nameStart + 6) ? "</script"
            : name.StartsWith("style", StringComparison.OrdinalIgnoreCase) && IsNameEnd(html, nameStart + 5) ? "</style"
            : null;
    }

    /// <summary>"&lt;script&gt;", "&lt;script src=…", not "&lt;scripts&gt;" or a custom element "&lt;style-guide&gt;".</summary>
    private static bool IsNameEnd(string html, int at) => at >= html.Length || !(char.IsAsciiLetterOrDigit(html[at]) || html[at] is '-' or '_' or ':');

    /// <summary>The characters of quoted <c>data:</c> URIs ("src="data:image/jpeg;base64,…"", "url('data:…')").</summary>
    private static int DataUriLength(string html)
    {
        var length = 0;
        for (var at = html.IndexOf("data:", StringComparison.Ordinal); at > 0; at = html.IndexOf("data:", at + 5, StringComparison.Ordinal))
        {
            var quote = html[at - 1];
            if (quote is not ('"' or '\'' or '('))
            {
                continue;
            }

            var end = html.IndexOf(quote == '(' ? ')' : quote, at);
            if (end < 0)
            {
                break;
            }

            length += end - at;
            at = end - 4;
        }

        return length;
    }

    private static bool IsVoidOrSelfClosing(string html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        var name = html.AsSpan(nameStart, end - nameStart);
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase)
            || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
            || name.Equals("input", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("wbr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("area", StringComparison.OrdinalIgnoreCase) || name.Equals("col", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var close = html.IndexOf('>', end);
        return close > 0 && html[close - 1] == '/';
    }
}
