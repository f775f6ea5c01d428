namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="caption-toggle"&gt;i&lt;/div&gt;" under a slideshow: the button that shows or hides the captions prints one
/// glyph ("i", "×", "+"). A caption-classed element whose whole text is one character captions no picture.
/// </summary>
internal static class GlyphCaption
{
    public static bool Is(string caption) => caption.Length == 1;
}
