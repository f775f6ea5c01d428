using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="commerce-inset"&gt;&lt;div&gt;Publisher may get a commission&lt;/div&gt;&lt;div&gt;&lt;a href="…shop…"&gt;&lt;img&gt;
/// Save Up to $50 Product&lt;/a&gt;&lt;p&gt;Pitch …&lt;/p&gt;&lt;a&gt;&lt;button&gt;Shop at Store&lt;/button&gt;&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;" between a
/// story's paragraphs: a shopping box, headed by the disclosure the law asks of an affiliate link, with the product's
/// picture, its deal, a pitch and a button to the shop. The disclosure says the box is the publisher's trade, not the
/// writer's text: the box goes whole, its pitch with it. Only a short box opened by the disclosure and holding a linked
/// picture counts: a story about affiliate commissions keeps its sentences, and a disclosure line over the whole story
/// (the line rules' "we may earn a commission") heads no box of its own.
/// Cost: one pass over the root's leaf blocks, their text only when short; the box's text only under a disclosure.
/// </summary>
internal static class CommissionDisclosedProductBox
{
    private const int LongestDisclosure = 80;

    private const int LongestBox = 1000;

    private static readonly SearchValues<string> Disclosures = SearchValues.Create(
        ["may get a commission", "may earn a commission", "may receive a commission", "may earn commission", "may receive compensation"],
        StringComparison.OrdinalIgnoreCase);

    public static void Remove(IElement root)
    {
        List<IElement>? boxes = null;
        // A walk, not a selector: the selector's list of every block of the text is allocated on every page.
        foreach (var line in root.Descendants<IElement>())
        {
            if (line.LocalName is "div" or "p" or "span" && line.ChildElementCount == 0 && !NodeText.IsLongerThan(line, LongestDisclosure)
                && line.TextContent.AsSpan().ContainsAny(Disclosures)
                && line.ParentElement is { } box && box != root && box.FirstElementChild == line
                && box.SelectFirst("a[href] img, a[href] picture") is not null && !NodeText.IsLongerThan(box, LongestBox))
            {
                (boxes ??= []).Add(box);
            }
        }

        foreach (var box in boxes ?? [])
        {
            box.Remove();
        }
    }
}
