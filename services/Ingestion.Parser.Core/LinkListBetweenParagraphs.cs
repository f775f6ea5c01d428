using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "…&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Harbour strike: latest updates&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Read the union's offer&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;…",
/// "&lt;li&gt;A SIMPLE GUIDE: &lt;a&gt;How do I claim?&lt;/a&gt;&lt;/li&gt;": a list set among the text's paragraphs whose every item is one
/// link and nothing else, or one link after a short label ending in a colon, points the reader to other pages, as a
/// paragraph that is only a link does (<see cref="HtmlFurniture.RemoveTeaserParagraphs"/>) and a list of one such item
/// does (<see cref="LoneLinkListItem"/>). Unlabelled and in the middle of the text, it is no lead-in's list
/// (<see cref="ClosingLeadInLinkList"/>). A list of points has an item with words outside its link; a list with no prose
/// paragraph beside it in its box is left to the box rules.
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
            if (list.ChildElementCount >= MinItems && IsLinkList(list) && HasProseBeside(list))
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
            if (item.LocalName != "li" || item.SelectAll("a") is not [var link] || EmailAddressLink.Is(link))
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

    /// <summary>Whether a paragraph of prose stands in the list's box, before or after it.</summary>
    private static bool HasProseBeside(IElement list)
    {
        for (var sibling = list.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
        {
            if (IsProse(sibling))
            {
                return true;
            }
        }

        for (var sibling = list.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (IsProse(sibling))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProse(IElement element) => element.LocalName == "p" && Words.Count(element.TextContent) >= ProseWords;
}
