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

    /// <summary>A tagline of a few words and the ad word after its colon.</summary>
    private const int MaxTaglineLabelLength = 50;

    /// <summary>
    /// "Advertisement:", "- Advertisement -": an ad slot's label alone, whatever element prints it (an "ad-caption"
    /// span over the slot is styled as a caption, but names no picture).
    /// </summary>
    public static bool IsLabel(string text) => text.Length <= 20 && AdLabels.Contains(text.AsSpan().Trim(" :-–—"));

    /// <summary>
    /// "make a difference: sponsored opportunity", "Partner offers: advertisement": a widget's slot labelled with a tagline, then
    /// after its colon an ad word and at most one word more; a tagline over a sentence ("Editor's note: sponsored by the
    /// harbour trust") says more than a slot's label.
    /// </summary>
    private static bool IsTaglineAdLabel(string label)
    {
        var colon = label.IndexOf(':');
        if (colon <= 0 || label.Length > MaxTaglineLabelLength)
        {
            return false;
        }

        var tail = label.AsSpan(colon + 1).Trim();
        var space = tail.IndexOf(' ');
        return tail.Length > 0 && AdLabels.Contains(space < 0 ? tail : tail[..space]) && (space < 0 || tail[(space + 1)..].IndexOf(' ') < 0);
    }

    public static void Remove(IElement root)
    {
        foreach (var box in root.SelectAll("div, aside").ToList())
        {
            if (box.ParentElement is null || !root.Contains(box) || box.FirstElementChild is not { } first)
            {
                continue;
            }

            var label = Whitespace.Collapse(first.TextContent);
            if ((label.Length > 0 && (AdLabels.Contains(label) || IsTaglineAdLabel(label)) && ShownLength.Of(box.TextContent) <= LongestBox && box.SelectFirst("p, li, img") is null)
                || AdSlotSupplierLabel.Is(box, static word => AdLabels.Contains(word)))
            {
                box.Remove();
            }
        }
    }
}
