namespace Ingestion.Parser.Core;

/// <summary>
/// "* Giersch-Pesto", "• Giersch-Pesto": the bullet <c>lynx -dump</c> ("*") and <c>w3m -dump</c> ("•") print before a
/// first-level list item, with a space after it. <see cref="TextBrowserListGlyph"/> reads the letters and signs of the
/// deeper levels.
/// </summary>
internal static class TextBrowserBullet
{
    public static bool Opens(ReadOnlySpan<char> text) => text is ['*' or '•', ' ', ..];
}
