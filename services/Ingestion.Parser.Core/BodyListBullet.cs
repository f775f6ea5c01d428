namespace Ingestion.Parser.Core;

/// <summary>
/// "Show notes" / "* The 1926 Municipal Sewer Atlas, scanned by the county archive" / "* Episode 19: Water Towers": a list
/// inside a post's text, which <c>lynx</c> prints with "*", <c>w3m</c> with "•" and <c>links</c> with "o" before each item.
/// The bullet is the renderer's, no character of the item, as a reader of the page sees it.
/// </summary>
internal static class BodyListBullet
{
    public static string Without(string text) =>
        (text.Length > 2 && text[1] == ' ' && text[0] is '*' or '•') || TextBrowserListGlyph.Opens(text) ? text[2..].TrimStart() : text;
}
