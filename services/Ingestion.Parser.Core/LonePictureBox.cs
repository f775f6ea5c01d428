using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="serendipity_imageComment_img"&gt;&lt;img …&gt;&lt;/div&gt;&lt;div class="serendipity_imageComment_txt"&gt;The
/// Pinewood branch … (Photo by the author)&lt;/div&gt;": a picture set alone in a box of its own (blog engines' image-with-
/// comment markup, hand-made float boxes) has its caption in the box's next sibling, not the picture's.
/// </summary>
internal static class LonePictureBox
{
    /// <summary>Wrappers climbed at most: "&lt;div class="photo__image"&gt;&lt;span class="intrinsic"&gt;&lt;img&gt;" sizes the picture in a span first.</summary>
    private const int MostWrappers = 3;

    /// <summary>
    /// The box holding nothing but <paramref name="picture"/> (no other element, no text); else the picture itself. A
    /// Czech portal's template sets the picture in a sizing span inside its box ("&lt;div class="article__photo__image"&gt;
    /// &lt;span class="intrinsic"&gt;&lt;img&gt;&lt;/span&gt;&lt;/div&gt;&lt;div class="article__photo__desc"&gt;…"): the wrappers holding
    /// nothing else are climbed to the box that has a next sibling.
    /// </summary>
    public static IElement Around(IElement picture)
    {
        var inner = picture;
        for (var level = 0; level < MostWrappers; level++)
        {
            if (inner.ParentElement is not { LocalName: "div" or "span" } box || box.Children.Length != 1 || !string.IsNullOrWhiteSpace(box.TextContent))
            {
                break;
            }

            if (box.LocalName == "div" && box.NextElementSibling is not null)
            {
                return box;
            }

            inner = box;
        }

        return picture;
    }
}
