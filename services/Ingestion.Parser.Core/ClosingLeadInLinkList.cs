using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… But it's not long for this world.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Liked that? Try these:&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;&lt;/li&gt;
/// &lt;li&gt;&lt;a&gt;…&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;/article&gt;": a blog template closes the post's text with a short line leading in to a list (it
/// ends in a colon) and a list of links to other posts, each item nothing but its link. Neither is the story's: the
/// reader is sent on. Only the text's last list is read so, and only under a lead-in short enough to be a label: a list
/// of points, items with words outside their links, or a list the text goes on after stays.
/// Cost: once per page, a walk back over the root's last children.
/// </summary>
internal static class ClosingLeadInLinkList
{
    private const int LongestLeadIn = 80;
    private const int MinLinks = 2;

    /// <summary>Takes the closing lead-in line and its list of links out of <paramref name="root"/>.</summary>
    public static void Remove(IElement root)
    {
        var list = root.LastElementChild;
        while (list is not null && list.LocalName is not ("ul" or "ol") && IsEmpty(list))
        {
            list = list.PreviousElementSibling;
        }

        if (list is not { LocalName: "ul" or "ol" } || !IsLinkList(list) || list.PreviousElementSibling is not { LocalName: "p" } leadIn
            || leadIn.SelectFirst("a, img") is not null || Whitespace.Collapse(leadIn.TextContent) is not { Length: > 1 and <= LongestLeadIn } label
            || !label.EndsWith(':'))
        {
            return;
        }

        list.Remove();
        leadIn.Remove();
    }

    private static bool IsEmpty(IElement element) => element.SelectFirst("img, iframe, video") is null && string.IsNullOrWhiteSpace(element.TextContent);

    private static bool IsLinkList(IElement list)
    {
        if (list.Children.Length < MinLinks)
        {
            return false;
        }

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
