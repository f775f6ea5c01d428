using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section aria-roledescription="carousel"&gt;&lt;div&gt;&lt;div aria-roledescription="slide"&gt;&lt;picture&gt;&lt;img&gt;&lt;/picture&gt;&lt;/div&gt;
/// … &lt;button&gt;…&lt;/button&gt;&lt;/div&gt;&lt;p class="image-metadata"&gt;&lt;span&gt;Boats wait at the pier.&lt;/span&gt;(Name / Paper)&lt;/p&gt;":
/// a gallery built on the WAI-ARIA carousel pattern sets its slides (each marked aria-roledescription="slide") in one box
/// and prints the shown slide's caption in the element right after that box, outside any figure. That element, holding
/// words only (no link, no picture, no button), is the caption of the picture in the slide. A picture inside a link
/// (a carousel of story teasers) has none.
/// </summary>
internal static class CarouselSlideCaption
{
    private const int SlideDepth = 4;
    private const int ShortestCaption = 20;
    private const int LongestCaption = 600;

    public static IElement? Below(IElement image)
    {
        IElement? slide = null;
        var ancestor = image.ParentElement;
        for (var depth = 0; ancestor is not null && depth < SlideDepth; depth++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "a")
            {
                return null;
            }

            if (string.Equals(ancestor.GetAttribute("aria-roledescription"), "slide", StringComparison.OrdinalIgnoreCase))
            {
                slide = ancestor;
                break;
            }
        }

        if (slide?.ParentElement?.NextElementSibling is not { LocalName: "p" or "div" or "span" or "figcaption" } caption
            || caption.SelectFirst("a, img, picture, button, svg") is not null)
        {
            return null;
        }

        var length = Whitespace.Collapse(caption.TextContent).Length;
        return length is >= ShortestCaption and <= LongestCaption ? caption : null;
    }
}
