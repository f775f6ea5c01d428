using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="zn-body__paragraph"&gt;&lt;a href="/2016/11/28/…"&gt;Source: Mayor irritated by council's attacks&lt;/a&gt;&lt;/div&gt;"
/// between "&lt;div class="zn-body__paragraph"&gt;" blocks of prose: a template that sets its paragraphs as classed
/// <c>div</c>s slips links to other stories in among them, each a block of the paragraphs' own class holding nothing but
/// one link. That is the link-only paragraph <see cref="HtmlFurniture.RemoveTeaserParagraphs"/> drops when it is a
/// <c>p</c>; the block goes the same way. Only a block whose class a prose sibling shares is read so: a run of link
/// blocks with no prose beside them (a list of related stories) is left to the box rules, and an address to write to
/// stays for the text rules, as in a <c>p</c>.
/// </summary>
internal static class LinkOnlyParagraphBlock
{
    public static void Remove(IElement root)
    {
        List<IElement>? blocks = null;
        foreach (var block in root.SelectAll("div[class]"))
        {
            // Cheap gates first: one child element, a link, and no other text than the link's.
            if (block.ChildElementCount != 1 || block.FirstElementChild is not { LocalName: "a" } link || EmailAddressLink.Is(link))
            {
                continue;
            }

            var linkText = link.TextContent.AsSpan().Trim();
            if (linkText.Length == 0 || !block.TextContent.AsSpan().Trim().SequenceEqual(linkText) || !HasProseSibling(block))
            {
                continue;
            }

            (blocks ??= []).Add(block);
        }

        if (blocks is null)
        {
            return;
        }

        foreach (var block in blocks)
        {
            block.Remove();
        }
    }

    /// <summary>Whether the block before or after it, of the same class, holds text that is not a lone link.</summary>
    private static bool HasProseSibling(IElement block) =>
        IsProseOfClass(block.PreviousElementSibling, block.ClassName!) || IsProseOfClass(block.NextElementSibling, block.ClassName!);

    private static bool IsProseOfClass(IElement? sibling, string className) =>
        sibling is { LocalName: "div" } && string.Equals(sibling.ClassName, className, StringComparison.Ordinal)
        && !(sibling.ChildElementCount == 1 && sibling.FirstElementChild is { LocalName: "a" })
        && Words.Count(sibling.TextContent) >= 12;
}
