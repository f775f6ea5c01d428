using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;div class="img-wrap"&gt;&lt;img&gt;&lt;span class="credit"&gt;Dana Ruiz/AP Photo&lt;/span&gt;&lt;/div&gt;&lt;figcaption&gt;…
/// &lt;/figcaption&gt;&lt;/figure&gt;": the figure prints its credit on or under the picture, before the caption. Like the credit
/// row set between a picture and its caption in a table (<see cref="TableCellAbove"/>), it is an entry of its own
/// before the caption, not a tail glued to it; a credit after the caption stays its tail.
/// </summary>
internal static class FigureCreditAboveCaption
{
    public static bool Is(IElement credit, IElement caption) =>
        caption.LocalName == "figcaption" && credit.ParentElement?.Nearest("figure") is { } figure && caption.ParentElement == figure
        && (credit.CompareDocumentPosition(caption) & DocumentPositions.Following) != 0
        && figure.SelectFirst("img, picture") is { } picture && (picture.CompareDocumentPosition(credit) & DocumentPositions.Following) != 0;
}
