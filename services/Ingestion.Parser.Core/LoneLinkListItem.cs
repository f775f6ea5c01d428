using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul&gt;&lt;li&gt;&lt;a&gt;Live updates from the summit&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;" between two paragraphs of the text: a list of one item
/// that is nothing but a link points to another page, as a paragraph that is only a link does. A list of points has
/// more than one item, or words outside its links.
/// </summary>
internal static class LoneLinkListItem
{
    /// <summary>Takes out of <paramref name="root"/> each list whose only item is one link.</summary>
    public static void Remove(IElement root)
    {
        foreach (var list in root.SelectAll("ul, ol").Where(IsLoneLink).ToList())
        {
            list.Remove();
        }
    }

    private static bool IsLoneLink(IElement list)
    {
        if (list.Children.Length != 1 || list.Children[0] is not { LocalName: "li" } item)
        {
            return false;
        }

        var links = item.SelectAll("a");
        if (links.Length != 1)
        {
            return false;
        }

        var text = Whitespace.Collapse(item.TextContent);
        return text.Length > 0 && text == Whitespace.Collapse(links[0].TextContent);
    }
}
