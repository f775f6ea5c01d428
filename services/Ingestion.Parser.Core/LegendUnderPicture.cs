using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="yom-figure"&gt;&lt;figure&gt;&lt;img …&gt;&lt;/figure&gt;&lt;p class="legend"&gt;Ana Ruiz&lt;/p&gt;&lt;/div&gt;": the portal
/// templates of the 2010s call a picture's caption its legend, as French and German ones call it "légende" and
/// "Legende", and set it right under the picture or its figure. A short element classed "legend" there is the caption;
/// one anywhere else (a chart's key, a map's) is left alone.
/// "&lt;img …&gt;&lt;p class="media-license"&gt;&lt;span class="media-legend"&gt;Caption.&lt;/span&gt;&lt;span
/// class="media-license-info"&gt;©&lt;/span&gt;&lt;span class="media-license-author"&gt;Agency&lt;/span&gt;&lt;/p&gt;": a WordPress
/// licence plug-in sets the legend as the first span of a line right under the picture, the credit after it; the line is
/// the caption with its credit (LegendSpanUnderPicture, a widening). Cost: one class read of the first child.
/// </summary>
internal static class LegendUnderPicture
{
    /// <summary>A caption's length: longer text classed so is a block of its own.</summary>
    private const int MaxLength = 300;

    public static bool Is(IElement element) =>
        (element.ClassList.Contains("legend") || OpensWithLegendSpan(element))
        && element.PreviousElementSibling is { } above
        && (above.LocalName is "img" or "picture" || (above.LocalName == "figure" && above.SelectFirst("img, picture") is not null))
        && element.TextContent is { Length: > 0 } text
        // A longer legend that repeats the picture's alt text or title is still its caption (LegendEchoingPictureText).
        && (text.Length <= MaxLength || LegendEchoingPictureText.Is(text, above));

    /// <summary>"&lt;p class="media-license"&gt;&lt;span class="media-legend"&gt;": the line's first element a legend by its class.</summary>
    private static bool OpensWithLegendSpan(IElement element)
    {
        if (element.LocalName is not ("p" or "div") || element.FirstElementChild is not { LocalName: "span" } first)
        {
            return false;
        }

        foreach (var name in first.ClassList)
        {
            if (name.EndsWith("-legend", StringComparison.Ordinal) || name.EndsWith("_legend", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
