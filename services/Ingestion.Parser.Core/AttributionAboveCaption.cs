using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="embed-container image"&gt;&lt;img&gt;&lt;meta itemprop="caption" …&gt;&lt;div class="attribution"&gt;Name | Paper |
/// Agency&lt;/div&gt;&lt;div class="caption"&gt;…&lt;/div&gt;&lt;/div&gt;": a business news site names the picture's credit an
/// "attribution" and sets it over the caption, the picture's microdata (<c>meta</c> elements, never shown) between the
/// image and the credit. It is a credit set over its caption as "p.credit" is (h102): an entry of its own before the
/// caption. Widens the credit-above check of <see cref="HtmlCaptions"/> by the class word and by looking past the
/// hidden <c>meta</c> and <c>link</c> elements for the picture. Cost: asked only of a caption's previous sibling that
/// is no credit-classed element: one class-word test, then a walk back over its earlier siblings.
/// </summary>
internal static class AttributionAboveCaption
{
    private static readonly WordSet AttributionClass = new("attribution");

    /// <summary>Whether <paramref name="above"/>, the element right over a caption, is an attribution credit.</summary>
    public static bool IsAttribution(IElement above) => AttributionClass.ContainsNamePart(above.ClassName);

    /// <summary>The element over <paramref name="element"/>, hidden microdata passed over.</summary>
    public static IElement? ShownAbove(IElement element)
    {
        var sibling = element.PreviousElementSibling;
        while (sibling is { LocalName: "meta" or "link" })
        {
            sibling = sibling.PreviousElementSibling;
        }

        return sibling;
    }
}
