using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "…&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Harbour strike: latest updates&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Read the union's offer&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;…",
/// "&lt;li&gt;A SIMPLE GUIDE: &lt;a&gt;How do I claim?&lt;/a&gt;&lt;/li&gt;": a list set among the text's paragraphs whose every item is one
/// link and nothing else, or one link after a short label ending in a colon, points the reader to other pages, as a
/// paragraph that is only a link does (<see cref="HtmlFurniture.RemoveTeaserParagraphs"/>) and a list of one such item
/// does (<see cref="LoneLinkListItem"/>). A list under a line ending in a colon is the text's own (its picks, its
/// sources) or a closing lead-in's (<see cref="ClosingLeadInLinkList"/>), and stays for those rules; a list of jumps
/// within the page is <see cref="InPageJumpList"/>'s; lists each under a sub-heading of their own are a roundup's
/// sections (<see cref="HeadedLinkListSections"/>). A list of points has an item with words outside its link; a list
/// with no prose paragraph beside it in its box is left to the box rules.
/// Cost: a look at each list of the root, its items' text once.
/// </summary>
internal static class LinkListBetweenParagraphs
{
    private const int MinItems = 2;
    private const int LongestItem = 120;
    private const int ProseWords = 12;

    /// <summary>Takes out of <paramref name="root"/> each list of links set among the text's paragraphs.</summary>
    public static void Remove(IElement root)
    {
        List<IElement>? lists = null;
        foreach (var list in root.SelectAll("ul, ol"))
        {
            if (list.ChildElementCount >= MinItems && !IsUnderLeadIn(list) && IsLinkList(list) && HasProseBeside(list) && !HeadedLinkListSections.Is(list))
            {
                (lists ??= []).Add(list);
            }
        }

        if (lists is null)
        {
            return;
        }

        foreach (var list in lists)
        {
            list.Remove();
        }
    }

    private static bool IsLinkList(IElement list)
    {
        foreach (var item in list.Children)
        {
            // "<a href="#payments">": a contents list jumps within the page; InPageJumpList takes it with its group headings.
            if (item.LocalName != "li" || item.SelectAll("a") is not [var link] || EmailAddressLink.Is(link) || link.GetAttribute("href") is null or ['#', ..])
            {
                return false;
            }

            var linkText = Whitespace.Collapse(link.TextContent);
            var text = Whitespace.Collapse(item.TextContent);
            if (linkText.Length == 0 || text.Length > LongestItem || !text.EndsWith(linkText, StringComparison.Ordinal))
            {
                return false;
            }

            var label = text[..^linkText.Length].TrimEnd();
            if (label.Length > 0 && !(label[^1] == ':' && HtmlFurniture.IsTeaserLabel(label)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "&lt;p&gt;&lt;strong&gt;Tips from Hanna:&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;…": a line ending in a colon right over the list leads in to it; the
    /// text's own list of picks stays (SectionLabelInText), and a closing one is ClosingLeadInLinkList's.
    /// </summary>
    private static bool IsUnderLeadIn(IElement list) =>
        list.PreviousElementSibling is { LocalName: "p" or "h2" or "h3" or "h4" or "h5" or "h6" } above && above.TextContent.AsSpan().TrimEnd() is [.., ':' or '：'];

    /// <summary>Whether a paragraph of prose stands in the list's box, before or after it.</summary>
    private static bool HasProseBeside(IElement list)
    {
        for (var sibling = list.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling != list && IsProse(sibling))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProse(IElement element) => element.LocalName == "p" && Words.Count(element.TextContent) >= ProseWords;
}
