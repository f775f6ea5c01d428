using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;strong&gt;Werbung:&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a rel="nofollow" href="…"&gt;Solder station, 60 W&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;": a
/// hobby blog sets its affiliate links under the text as a list headed by an ad label. The label says the list is an
/// advertisement: neither it nor its links are the post's text, as a text browser's copy of such a box under "Anzeige"
/// is none (<see cref="AdvertisedLinkList"/>). The lead-in a list of the post's own picks has ("Tips from Hanna:") keeps
/// its list (<see cref="LinkListBetweenParagraphs"/>); only an ad label does not. Every item must be one link and
/// nothing else: a list of points under the label (a post about advertising) stays.
/// Cost: a look at the element before each list of the root; the items only under an ad label.
/// </summary>
internal static class AdLabelledLinkList
{
    private const int MostItems = 15;

    private const int LongestLabel = 30;

    public static void Remove(IElement root)
    {
        List<IElement>? lists = null;
        foreach (var list in root.SelectAll("ul, ol"))
        {
            if (list.PreviousElementSibling is { LocalName: "p" or "h2" or "h3" or "h4" or "h5" or "h6" or "div" } label
                && label.TextContent is { Length: <= LongestLabel } labelText && AdvertisedLinkList.IsLabel(labelText)
                && list.ChildElementCount is > 0 and <= MostItems && IsLinkList(list))
            {
                (lists ??= []).Add(label);
                lists.Add(list);
            }
        }

        if (lists is null)
        {
            return;
        }

        foreach (var element in lists)
        {
            element.Remove();
        }
    }

    private static bool IsLinkList(IElement list)
    {
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li" || item.SelectAll("a") is not [var link]
                || Whitespace.Collapse(link.TextContent) is not { Length: > 0 } linkText || Whitespace.Collapse(item.TextContent) != linkText)
            {
                return false;
            }
        }

        return true;
    }
}
