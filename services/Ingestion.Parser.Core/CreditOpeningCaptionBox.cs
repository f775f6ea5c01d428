using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="content-caption"&gt;&lt;div class="credit"&gt;Photographed by Name.&lt;/div&gt;&lt;div class="description"&gt;Red wool coat,
/// $120, available at …&lt;/div&gt;&lt;/div&gt;": a caption box that opens on its credit prints the credit over the caption's own
/// words, between them and the picture above. Like a credit set over its caption beside it (<see cref="TableCellAbove"/>,
/// <see cref="FigureCreditAboveCaption"/>), it is an entry of its own before the caption, no head glued to it; the same
/// credit under another picture is an entry again, with the caption it opens. A credit after the caption's words stays
/// their tail, and a box whose credit is all it holds is one entry as before; so is a box named a credit whose first
/// child is named its caption ("&lt;figcaption class="o-credit"&gt;&lt;span class="o-credit__caption"&gt;…"). The caption's
/// words after the credit may be bare text of the box (a widening).
/// </summary>
internal static class CreditOpeningCaptionBox
{
    /// <summary>The longest credit read so; a longer credit-classed block is the caption's own small print.</summary>
    private const int MaxCreditLength = 120;

    /// <summary>The credit element opening the caption box, followed by the caption's own words; else null.</summary>
    public static IElement? Credit(IElement caption, Func<string?, bool> isCreditClass)
    {
        // "<figcaption class="o-credit"><span class="o-credit__caption">…</span><span class="o-credit__attribution">…": a box
        // named a credit, or a child named the caption, is the caption over its credit, read as before.
        // "<div class="sts"><div class="ssCredit small">(File/Agency)</div>Caption words.</div>": the caption's words may follow
        // the credit as bare text, no element of their own, and the credit's class may end in a camel-cased "Credit" among others.
        if (caption.FirstElementChild is not { } first || (!isCreditClass(first.ClassName) && !HasCamelCreditPart(first)) || isCreditClass(caption.ClassName)
            || first.ClassName?.Contains("caption", StringComparison.OrdinalIgnoreCase) == true
            || NodeText.IsLongerThan(first, MaxCreditLength) || first.TextContent.AsSpan().Trim().IsEmpty)
        {
            return null;
        }

        return OpensBeforeWords(caption, first) ? first : null;
    }

    /// <summary>Whether nothing is shown in <paramref name="caption"/> before <paramref name="first"/> and words of the caption's own follow it.</summary>
    public static bool OpensBeforeWords(IElement caption, IElement first)
    {
        for (var node = caption.FirstChild; node is not null && node != first; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && !node.TextContent.AsSpan().Trim().IsEmpty)
            {
                return false;
            }
        }

        for (var after = first.NextSibling; after is not null; after = after.NextSibling)
        {
            if (!after.TextContent.AsSpan().Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A class part ending in a camel-cased "Credit" ("ssCredit" beside "small"), as K2's "itemImageCredits" does whole.</summary>
    private static bool HasCamelCreditPart(IElement element)
    {
        foreach (var part in element.ClassList)
        {
            if (part.Length > 6 && (part.EndsWith("Credit", StringComparison.Ordinal) || part.EndsWith("Credits", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
