using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;head&gt;… &lt;noscript&gt;&lt;a href="…analytics…"&gt;&lt;img src="…" height="1" width="1" alt=""&gt;&lt;/a&gt;&lt;/noscript&gt;
/// &lt;meta property="article:tag" …&gt; … &lt;/head&gt;": an analytics tag's fallback pixel, a one-pixel picture (in a link to the
/// vendor, or alone), set in a noscript among the head's metas. A browser runs scripts and reads the noscript as text; a
/// parser without scripts ends the head at the link or the picture and opens the body with it, the tags and share metas
/// after it too. The pixel shows nothing, so, like the noscript's frame (a widening of
/// <see cref="HeadCutShortByNoscript"/>'s head elements), it is passed over and the metas after it go back to the head.
/// A picture of any other size, or a link with text, still opens the body.
/// </summary>
internal static class TrackingPixelInHead
{
    public static bool Is(IElement element) => element.LocalName switch
    {
        "img" => IsPixel(element),
        "a" => element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "img" } picture && IsPixel(picture)
            && element.TextContent.AsSpan().Trim().IsEmpty,
        _ => false,
    };

    /// <summary>A picture sized one pixel (or none) each way: width="1" height="1", "0", "1px".</summary>
    private static bool IsPixel(IElement picture) => IsAtMostOnePixel(picture.GetAttribute("width")) && IsAtMostOnePixel(picture.GetAttribute("height"));

    private static bool IsAtMostOnePixel(string? size) => size?.Trim() is "0" or "1" or "0px" or "1px";
}
