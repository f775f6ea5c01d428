using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figcaption&gt;&lt;span&gt;Crews at work.&lt;/span&gt;&lt;span itemprop="copyrightHolder"&gt;&lt;span class="css-x1"&gt;Credit&lt;/span&gt;&lt;span&gt;Jane
/// Roe/The Ledger&lt;/span&gt;&lt;/span&gt;&lt;/figcaption&gt;": the caption's credit marked by schema.org's `copyrightHolder`, set
/// apart by layout and no space, opens with a bare "Credit" in a span of its own that a stylesheet hides from sight for
/// screen readers (sometimes twice, for two screen sizes). The credit reads apart from the caption's last word, and the
/// bare label word, no colon after it, is no part of it, as the hidden label of a classed credit is none.
/// </summary>
internal static class MicrodataCreditLabel
{
    private const int LongestCredit = 120;

    /// <summary>Whether <paramref name="element"/> is a caption's credit marked by its microdata property.</summary>
    public static bool IsCredit(IElement element) =>
        element.GetAttribute("itemprop") is { } property && AttributeTokens.Contains(property, "copyrightHolder")
        && !NodeText.IsLongerThan(element, LongestCredit);

    /// <summary>Drops the bare "Credit" label spans inside each microdata credit of <paramref name="caption"/>.</summary>
    public static void DropLabels(IElement caption)
    {
        foreach (var credit in caption.SelectAll("[itemprop~='copyrightHolder']").Where(IsCredit).ToList())
        {
            foreach (var label in credit.SelectAll("span").Where(IsBareLabel).ToList())
            {
                label.Remove();
            }
        }
    }

    /// <summary>A span holding only the word "Credit", a part of the credit after it.</summary>
    private static bool IsBareLabel(IElement span) =>
        span.ChildElementCount == 0 && span.TextContent.AsSpan().Trim().Equals("Credit", StringComparison.OrdinalIgnoreCase)
        && span.NextElementSibling is { } next && next.TextContent.AsSpan().Trim().Length > 0;
}
