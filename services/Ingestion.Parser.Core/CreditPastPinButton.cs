using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="PostPicture"&gt;&lt;div class="PostPicture__picture"&gt;…&lt;picture&gt;&lt;img&gt;…&lt;/div&gt;&lt;div
/// class="PostPicture__pinterest-button"&gt;&lt;a href="…pin…"&gt;&lt;svg/&gt;&lt;/a&gt;&lt;/div&gt;&lt;small class="PostPicture__credit"&gt;(Image
/// credit: Name)&lt;/small&gt;&lt;/div&gt;": a magazine's picture component nests the picture deep in sizing wrappers (or in a
/// &lt;noscript&gt; its lazy loader fills) and sets a "Pin it" button between the picture's box and its credit. A credit-classed
/// element of text only, whose earlier siblings are textless boxes (a button, an icon) and then a textless box holding the
/// picture, is that picture's credit and its caption entry; the same credit under each picture of a tour is an entry a
/// picture, as in figures. A credit with text before it (a caption, a paragraph) is read elsewhere or not at all.
/// Cost: one selector query per page over elements whose class holds "credit", then a walk back over their siblings.
/// </summary>
internal static class CreditPastPinButton
{
    private const int MostSiblingsPassed = 3;

    public static void Read(IDocument document, List<string> captions, Func<string?, bool> isCreditClass)
    {
        foreach (var credit in document.SelectAll("[class*='credit' i]").ToList())
        {
            if (credit.ChildElementCount != 0 || !isCreditClass(credit.ClassName) || credit.ParentElement is null
                || Whitespace.Collapse(credit.TextContent) is not { Length: > 0 and < 120 } text)
            {
                continue;
            }

            if (PictureBoxAbove(credit) is not null)
            {
                captions.Add(text);
                credit.Remove();
            }
        }
    }

    /// <summary>The textless box holding a picture among the credit's earlier siblings, past textless ones only; or null.</summary>
    private static IElement? PictureBoxAbove(IElement credit)
    {
        var passed = 0;
        for (var sibling = credit.PreviousElementSibling; sibling is not null && passed <= MostSiblingsPassed; sibling = sibling.PreviousElementSibling, passed++)
        {
            var holdsPicture = HoldsPicture(sibling);
            if (!holdsPicture && !string.IsNullOrWhiteSpace(sibling.TextContent))
            {
                return null;
            }

            if (holdsPicture)
            {
                return !ShowsText(sibling) && passed > 0 ? sibling : null;
            }
        }

        return null;
    }

    /// <summary>A picture inside, or one a lazy loader keeps in a &lt;noscript&gt; as markup text.</summary>
    private static bool HoldsPicture(IElement box) =>
        box.LocalName is "img" or "picture" || box.SelectFirst("img, picture") is not null
        || (box.SelectFirst("noscript") is { } noscript && noscript.TextContent.Contains("<img", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the box shows text: any text outside a &lt;noscript&gt; (whose fallback picture may be read as markup text).</summary>
    private static bool ShowsText(IElement box)
    {
        foreach (var node in box.GetDescendants())
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data) && text.ParentElement?.Nearest("noscript") is null)
            {
                return true;
            }
        }

        return false;
    }
}
