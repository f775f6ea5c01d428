using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;aside class="shares social"&gt;&lt;div class="total-shares"&gt;&lt;em&gt;367&lt;/em&gt;&lt;div class="caption"&gt;Shares&lt;/div&gt;&lt;/div&gt;
/// … &lt;div class="caption"&gt;What's This?&lt;/div&gt;&lt;/aside&gt;": a share box names the small print under its count and
/// under its graph "caption", as a type style. It labels a number or a button, no picture of the story: a caption-classed
/// element inside a box classed with a share or social word that holds no picture is no caption. A shared picture's own
/// caption (a picture inside the share box) stays. Cost: asked only of elements already taken for captions; one walk up
/// the ancestors and, when a share box is found, one search of it for a picture.
/// </summary>
internal static class ShareCountCaption
{
    private const string ShareBoxes = "[class*='share' i], [class*='social' i]";

    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption" && caption.SelectFirst("img, picture") is null
        && caption.ParentElement?.Nearest(ShareBoxes) is { LocalName: not ("body" or "html" or "article" or "main") } box
        && box.SelectFirst("img, picture, video, figure") is null && Whitespace.Collapse(caption.TextContent).Length <= 40;
}
