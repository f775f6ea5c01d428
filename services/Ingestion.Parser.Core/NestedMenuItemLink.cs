using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li&gt;&lt;a href="/amt/presse/"&gt;Presse&lt;/a&gt;&lt;ul&gt;&lt;li&gt;…&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;": a side menu's entry that opens onto its
/// own sub-pages holds its link and the nested list of them. The entry is the link's words, as a bare entry's are, so a
/// menu whose every other entry has sub-pages still counts as a menu (<see cref="SectionMenuAuthor"/>).
/// Cost: a look at an item's children, for items of lists asked already.
/// </summary>
internal static class NestedMenuItemLink
{
    /// <summary>The item's link when the item holds that link first and nested lists only after it, else null.</summary>
    public static IElement? Of(IElement item)
    {
        if (item.LocalName != "li" || item.Children is not [{ LocalName: "a" } link, _, ..])
        {
            return null;
        }

        for (var i = 1; i < item.Children.Length; i++)
        {
            if (item.Children[i].LocalName is not ("ul" or "ol"))
            {
                return null;
            }
        }

        return link;
    }
}
