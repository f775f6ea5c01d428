using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "keywords": "Trail Counters, Parks \u0026amp; Recreation, …": a CMS escapes its terms for HTML before writing
/// them into the JSON, so the string holds the entity itself. Split as it stood, the entity's semicolon parted one tag
/// in two ("Parks &amp;amp", "Recreation"); the string means what a browser would show, entities decoded. A CMS that
/// escapes a term it already escaped writes "Finance &amp;amp;amp; Markets" (the term's ampersand escaped twice): decoded
/// once, "&amp;amp;" still holds an entity whose semicolon would part the tag, so the string is decoded until it holds none
/// (<see cref="MaxEscapes"/> times at most; a term never means an entity's letters).
/// </summary>
internal static class EscapedEntityKeywords
{
    /// <summary>The most escapes undone: a CMS escaping once more on each of two passes writes two.</summary>
    private const int MaxEscapes = 3;

    public static string? Decoded(string? keywords)
    {
        for (var pass = 0; pass < MaxEscapes && keywords is not null && keywords.Contains('&') && keywords.Contains(';'); pass++)
        {
            var decoded = WebUtility.HtmlDecode(keywords);
            if (decoded == keywords)
            {
                break;
            }

            keywords = decoded;
        }

        return keywords;
    }
}
