using System.Net;

namespace Ingestion.Parser.Core;

/// <summary>
/// A scraper that copies a page's text nodes without decoding them leaves the markup's entities in its dump: "AT&amp;amp;T",
/// "it&amp;#8217;s", "Like&amp;nbsp;·&amp;nbsp;Reply". Decoded before the lines are read, they are the characters every rule
/// expects. Only whole entities (name or number, then ";") are decoded: "R&amp;D" stays.
/// </summary>
internal static class EscapedEntities
{
    public static string Decode(string text) => text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
}
