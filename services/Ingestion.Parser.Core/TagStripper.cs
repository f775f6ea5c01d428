using System.Net;
using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>The text of markup too large or too deep for a DOM: each tag ends a line, entities are decoded.</summary>
internal static class TagStripper
{
    public static string Strip(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var rest = html.AsSpan();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('<');
            var chunk = open < 0 ? rest : rest[..open];
            if (!chunk.IsWhiteSpace())
            {
                text.Append(chunk).Append('\n');
            }

            if (open < 0)
            {
                break;
            }

            var close = rest[open..].IndexOf('>');
            rest = close < 0 ? [] : rest[(open + close + 1)..];
        }

        return WebUtility.HtmlDecode(text.ToString());
    }
}
