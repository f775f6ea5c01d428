using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="caption"&gt;The ferry at the pier.&lt;/span&gt;&lt;span class="buffer"&gt;&lt;/span&gt;&lt;cite class="credit"&gt;Photo: …&lt;/cite&gt;":
/// a layout spacer, an empty element the style sizes to set the credit apart, may stand between a caption and its
/// credit. It shows nothing, so the credit is still the caption's next element as a reader sees it and joins the
/// caption in one entry, as it does with no spacer. Only elements with no child and no text are passed over, at most
/// two; an element that shows anything (a button, a link, a line of text) still ends the caption. Cost: asked once
/// per caption element, a sibling step or two.
/// </summary>
internal static class SpacerBeforeCredit
{
    /// <summary>The element after <paramref name="caption"/>, past empty spacers.</summary>
    public static IElement? NextShown(IElement caption)
    {
        var next = caption.NextElementSibling;
        for (var skipped = 0; next is not null && skipped < 2 && IsSpacer(next); skipped++)
        {
            next = next.NextElementSibling;
        }

        return next;
    }

    private static bool IsSpacer(IElement element) =>
        element.Children.Length == 0 && element.LocalName is "span" or "div" or "i" && string.IsNullOrWhiteSpace(element.TextContent);
}
