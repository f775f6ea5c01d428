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
    /// nothing else are climbed to the box that has a next sibling. An empty share button beside the picture is nothing
    /// else (<see cref="HoldsOnly"/>).
    /// </summary>
    public static IElement Around(IElement picture)
    {
        var inner = picture;
        for (var level = 0; level < MostWrappers; level++)
        {
            // "<figure><p><img></p><div class="image-credit"><p>Image: Name/Site</p></div></figure>": an editor that wraps
            // each picture in a paragraph of its own sets the credit after that paragraph; inside a figure it is its box.
            // "<div class="lazy-image"><noscript><img></noscript><div class="image-overlay">…pin…</div></div><div class="credit">":
            // a lazy loader's fallback picture in its noscript is one more wrapper (NoscriptPictureWrapper).
            if (inner.ParentElement is not { LocalName: "div" or "span" or "p" or NoscriptPictureWrapper.Name } box || !HoldsOnly(box, inner) || !string.IsNullOrWhiteSpace(box.TextContent)
                || (box.LocalName == "p" && box.ParentElement is not { LocalName: "figure" }))
            {
                break;
            }

            if (box.LocalName is "div" or "p" && box.NextElementSibling is not null)
            {
                return box;
            }

            inner = box;
        }

        return picture;
    }

    /// <summary>
    /// Whether the box holds the picture and, beside it, only empty elements: a share button's empty link laid over the
    /// picture ("&lt;div class="m-image-box"&gt;&lt;div class="pinterestButton"&gt;&lt;a href="#"&gt;&lt;/a&gt;&lt;/div&gt;&lt;img&gt;") is no
    /// content of the box.
    /// </summary>
    private static bool HoldsOnly(IElement box, IElement inner)
    {
        if (box.Children.Length == 1)
        {
            return true;
        }

        foreach (var child in box.Children)
        {
            if (child != inner && (child.LocalName is "img" or "picture" or "video" or "iframe" or "figure" || child.SelectFirst("img, picture, video, iframe") is not null))
            {
                return false;
            }
        }

        return true;
    }
}
