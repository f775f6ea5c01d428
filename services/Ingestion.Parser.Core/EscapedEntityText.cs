using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>
/// A CMS escapes its text for HTML before writing it where no HTML is read: a JSON-LD string ("keywords": "Parks
/// \u0026amp; Recreation", "headline": "It\u0026#8217;s …") or, escaping once more, a meta tag's content
/// (content="Kim &amp;amp; Lee&amp;#8217;s plan", which the markup's own decoding leaves as "Kim &amp; Lee&#8217;s
/// plan"). The text means what a browser would show the reader, entities decoded. Split as it stood, an entity's semicolon
/// parted a keyword in two; compared as it stood, a description never matched the text's first paragraph. A CMS that
/// escapes text it already escaped writes "Finance &amp;amp;amp; Markets": decoded once, "&amp;amp;" still holds an
/// entity, so the text is decoded until it holds none (<see cref="MaxEscapes"/> times at most; no headline, name or term
/// means an entity's letters). Only whole entities (name or number, then ";") are decoded: "R&amp;D; Ferries" stays.
/// </summary>
internal static class EscapedEntityText
{
    /// <summary>The most escapes undone: a CMS escaping once more on each of two passes writes two.</summary>
    private const int MaxEscapes = 3;

    public static string? Decoded(string? text)
    {
        for (var pass = 0; pass < MaxEscapes && text is not null && text.Contains('&') && text.Contains(';'); pass++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }
}
