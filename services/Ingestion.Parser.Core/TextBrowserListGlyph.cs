namespace Ingestion.Parser.Core;

/// <summary>
/// "o harborview_dan — 3/15/2016 9:30 AM", "# Lara_Q": the letters and signs a text browser prints for a list item's
/// bullet: <c>links -dump</c> "o" at the first level, <c>lynx -dump</c> "o" at the third, "#" at the fourth and "@" at the
/// fifth. A writer opens no line with a lone "o", "#" or "@" and a space, so the glyph is no part of the item.
/// </summary>
/// <remarks>
/// Lines rendered from an HTML page's own markup (<see cref="MarkupLines"/>) hold no text browser's glyphs: there "@ Name"
/// opening a line is a commenter turning to another ("@ Dana" / "Your second point …"), the writer's words, no bullet.
/// </remarks>
internal static class TextBrowserListGlyph
{
    public static bool Opens(string text) =>
        text.Length > 2 && text[0] is 'o' or '#' or '@' && text[1] == ' ' && !char.IsWhiteSpace(text[2]) && !MarkupLines.Current;
}
