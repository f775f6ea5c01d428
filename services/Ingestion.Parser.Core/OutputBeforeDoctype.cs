namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;br&gt; &lt;b&gt;Warning&lt;/b&gt;: session_start(): … on line &lt;b&gt;145&lt;/b&gt;&lt;br&gt; &lt;!DOCTYPE html&gt; …": a server that
/// printed an error before the page put an element (or text) ahead of its doctype, so a browser opened the body before
/// the page's <c>&lt;head&gt;</c> came and its metas landed in the body, as a cache notice does (<see cref="CachedPageHead"/>).
/// An XML declaration or a comment before the doctype opens no body.
/// </summary>
internal static class OutputBeforeDoctype
{
    /// <summary>How far into the page the doctype is looked for: a server's warnings run to a few lines.</summary>
    private const int MaxPrefix = 4096;

    public static bool Precedes(string html)
    {
        var at = html.AsSpan(0, Math.Min(html.Length, MaxPrefix)).IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return false;
        }

        var prefix = html.AsSpan(0, at).Trim();
        if (prefix.IsEmpty)
        {
            return false;
        }

        if (prefix[0] != '<')
        {
            return true;
        }

        for (var i = 0; i < prefix.Length - 1; i++)
        {
            if (prefix[i] == '<' && char.IsAsciiLetter(prefix[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
