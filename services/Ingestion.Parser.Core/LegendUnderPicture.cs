using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="yom-figure"&gt;&lt;figure&gt;&lt;img …&gt;&lt;/figure&gt;&lt;p class="legend"&gt;Ana Ruiz&lt;/p&gt;&lt;/div&gt;": the portal
/// templates of the 2010s call a picture's caption its legend, as French and German ones call it "légende" and
/// "Legende", and set it right under the picture or its figure. A short element classed "legend" there is the caption;
/// one anywhere else (a chart's key, a map's) is left alone.
/// </summary>
internal static class LegendUnderPicture
{
    /// <summary>A caption's length: longer text classed so is a block of its own.</summary>
    private const int MaxLength = 300;

    public static bool Is(IElement element) =>
        element.ClassList.Contains("legend")
        && element.PreviousElementSibling is { } above
        && (above.LocalName is "img" or "picture" || (above.LocalName == "figure" && above.SelectFirst("img, picture") is not null))
        && element.TextContent.Length is > 0 and <= MaxLength;
}
