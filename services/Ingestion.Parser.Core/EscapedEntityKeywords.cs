using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "keywords": "Trail Counters, Parks \u0026amp; Recreation, …": a CMS escapes its terms for HTML before writing
/// them into the JSON, so the string holds the entity itself. Split as it stood, the entity's semicolon parted one tag
/// in two ("Parks &amp;amp", "Recreation"); the string means what a browser would show, entities decoded.
/// </summary>
internal static class EscapedEntityKeywords
{
    public static string? Decoded(string? keywords) =>
        keywords is not null && keywords.Contains('&') && keywords.Contains(';') ? WebUtility.HtmlDecode(keywords) : keywords;
}
