using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span&gt;Filed under&lt;/span&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Local News&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Ashford County&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;":
/// a chain template prints the entries of a labelled tag row as a list, one link to an item; a reader sees the same row.
/// Some templates print the row's commas inside the items ("&lt;li&gt;&lt;a&gt;Local News&lt;/a&gt;, &lt;/li&gt;"), a separator after each
/// link but the last, as the same row set inline would have them (SeparatorAfterListedLink).
/// </summary>
internal static class LinkList
{
    /// <summary>Longest entry taken as a tag, as for links in the row itself.</summary>
    private const int MaxEntry = 60;

    /// <summary>The link texts of <paramref name="list"/> when every item holds one short link and nothing else; otherwise null.</summary>
    public static List<string>? Items(IElement list)
    {
        var items = new List<string>();
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li" || item.Children.Length != 1 || item.FirstElementChild is not { LocalName: "a" } link
                || Whitespace.Collapse(link.TextContent) is not { Length: > 0 and < MaxEntry } text
                || !SeparatorAfterListedLink.HoldsOnly(Whitespace.Collapse(item.TextContent), text))
            {
                return null;
            }

            items.Add(text);
        }

        return items.Count > 0 ? items : null;
    }
}
