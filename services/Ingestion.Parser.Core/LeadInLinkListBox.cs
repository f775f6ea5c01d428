using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a-collapse&gt;&lt;header&gt;&lt;h2&gt;TR 7/2019&lt;/h2&gt;&lt;/header&gt;&lt;figure&gt;…&lt;figcaption&gt;Cover&lt;/figcaption&gt;&lt;/figure&gt;&lt;p&gt;This
/// piece comes from issue 7/2019. Highlights of the issue:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;div&gt;mehr
/// anzeigen&lt;/div&gt;&lt;/a-collapse&gt;": a box set into the text that advertises the issue or dossier the story belongs to.
/// Under its heading there is only a picture with its caption, one line leading in to a list (it ends in a colon), the
/// list of links (three at least) and the box's show-more toggle. Neither the lines nor the caption are the story's.
/// </summary>
internal static class LeadInLinkListBox
{
    private const int LongestBox = 1200;
    private const int LongestLeadIn = 300;
    private const int MinLinks = 3;

    internal static readonly WordSet ToggleLabels = new(
        "mehr anzeigen", "weniger anzeigen", "mehr", "weniger", "show more", "show less", "more", "less", "plus", "afficher plus", "ver más", "mostra di più");

    /// <summary>
    /// The boxes under <paramref name="root"/>. Each holds one list of links, so only the lists' ancestors are asked, up
    /// to the first too long to be one: asking every element would read the text of every subtree.
    /// </summary>
    public static List<IElement> In(IElement root)
    {
        var boxes = new List<IElement>();
        foreach (var list in root.SelectAll("ul, ol"))
        {
            if (!IsLinkList(list))
            {
                continue;
            }

            for (var box = list.ParentElement; box is not null && box != root && root.Contains(box) && box.TextContent is { Length: <= LongestBox * 4 } content; box = box.ParentElement)
            {
                if (!boxes.Contains(box) && Is(box, content))
                {
                    boxes.Add(box);
                }
            }
        }

        return boxes;
    }

    /// <summary>Whether a caption sits in such a box: the box's picture (an issue's cover) is no picture of the story.</summary>
    public static bool Holds(IElement caption)
    {
        var depth = 0;
        for (var box = caption.ParentElement; box is not null && depth < 8 && box.TextContent is { Length: <= LongestBox * 4 } content; box = box.ParentElement, depth++)
        {
            if (Is(box, content))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(IElement box) => box.TextContent is { Length: <= LongestBox * 4 } content && Is(box, content);

    private static bool IsLinkList(IElement list) =>
        list.Children.Length >= MinLinks && list.Children.All(item => item.LocalName == "li" && item.SelectAll("a") is [_]);

    private static bool Is(IElement box, string content)
    {
        if (!(box.LocalName is "div" or "section" or "aside" || box.LocalName.Contains('-')) || Whitespace.Collapse(content).Length > LongestBox)
        {
            return false;
        }

        var lists = box.SelectAll("ul, ol").ToList();
        if (lists.Count != 1 || !IsLinkList(lists[0]))
        {
            return false;
        }

        // The heading may have gone with the page's landmark furniture (a `header` around it): the box's picture or its
        // toggle marks it as a box then.
        var heading = HeadingOf(box);
        var toggles = 0;
        var leadIns = 0;
        foreach (var text in box.Descendants<IText>())
        {
            if (text.Data.AsSpan().Trim(" \u00a0\t\r\n").Length == 0 || (heading?.Contains(text) ?? false) || text.ParentElement?.Nearest("a, figcaption") is { } inside && box.Contains(inside))
            {
                continue;
            }

            if (text.ParentElement is { } parent && ToggleLabels.Contains(Whitespace.Collapse(parent.TextContent)))
            {
                toggles++;
                continue;
            }

            if (text.ParentElement is { LocalName: "p" } line && Whitespace.Collapse(line.TextContent) is { Length: <= LongestLeadIn } said && said.EndsWith(':')
                && line.SelectFirst("a") is null && ++leadIns == 1)
            {
                continue;
            }

            return false;
        }

        return leadIns == 1 && (heading is not null || toggles > 0 || box.SelectFirst("img, picture") is not null);
    }

    /// <summary>The box's own heading: its first child, or the one heading a `header` first child holds.</summary>
    internal static IElement? HeadingOf(IElement box) =>
        box.FirstElementChild switch
        {
            { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading => heading,
            { LocalName: "header" } header when header.SelectAll("h2, h3, h4, h5, h6") is [var inner]
                && Whitespace.Collapse(header.TextContent) == Whitespace.Collapse(inner.TextContent) => inner,
            _ => null,
        };
}
