using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="serendipity_imageComment_img"&gt;&lt;img …&gt;&lt;/div&gt;&lt;div class="serendipity_imageComment_txt"&gt;The
/// Pinewood branch … (Photo by the author)&lt;/div&gt;": a picture set alone in a box of its own (blog engines' image-with-
/// comment markup, hand-made float boxes) has its caption in the box's next sibling, not the picture's.
/// </summary>
internal static class LonePictureBox
{
    /// <summary>The box holding nothing but <paramref name="picture"/> (no other element, no text); else the picture itself.</summary>
    public static IElement Around(IElement picture) =>
        picture.ParentElement is { LocalName: "div" } box && box.Children.Length == 1 && picture.NextElementSibling is null
        && string.IsNullOrWhiteSpace(box.TextContent) && box.NextElementSibling is not null
            ? box
            : picture;
}
