using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;div class="label"&gt;ADVERTISING&lt;/div&gt;&lt;div class="player"&gt;&lt;/div&gt;&lt;div class="credits"&gt;&lt;a&gt;inRead invented by
/// Teads&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;": an ad slot set between the text's paragraphs, opened by its "Advertisement" label. The
/// label says what the whole box is: the supplier's credit under the (empty) slot goes with it.
/// </summary>
internal static class AdLabelBox
{
    /// <summary>The words a page labels an ad slot with.</summary>
    private static readonly WordSet AdLabels = new(
        "advertisement", "advertisements", "advertising", "ad", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
        "reklame", "reklama", "annonce", "annonse", "advertentie", "sponsored");

    /// <summary>A slot's label and its supplier's credit; a box with more words is no ad slot.</summary>
    private const int LongestBox = 100;

    /// <summary>
    /// "Advertisement:", "- Advertisement -": an ad slot's label alone, whatever element prints it (an "ad-caption"
    /// span over the slot is styled as a caption, but names no picture).
    /// </summary>
    public static bool IsLabel(string text) => text.Length <= 20 && AdLabels.Contains(text.AsSpan().Trim(" :-–—"));

    public static void Remove(IElement root)
    {
        foreach (var box in root.SelectAll("div, aside").ToList())
        {
            if (box.ParentElement is null || !root.Contains(box) || box.FirstElementChild is not { } first)
            {
                continue;
            }

            var label = Whitespace.Collapse(first.TextContent);
            if ((label.Length > 0 && AdLabels.Contains(label) && ShownLength.Of(box.TextContent) <= LongestBox && box.SelectFirst("p, li, img") is null)
                || AdSlotSupplierLabel.Is(box, static word => AdLabels.Contains(word)))
            {
                box.Remove();
            }
        }
    }
}
