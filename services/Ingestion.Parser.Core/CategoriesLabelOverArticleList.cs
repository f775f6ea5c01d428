using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;…&lt;section&gt;&lt;span&gt;Rubriken:&lt;/span&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/garten"&gt;Garten&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;/section&gt;&lt;/article&gt;":
/// a magazine's story template lists the story's categories under the text, a label with its colon in an element of its
/// own over a list of one link an item. A visible categories list is the page's tags where no tags list is shown, as a
/// "Categories:" line is. <see cref="LabelledTagLinks"/> reads a categories row only when its links are marked a
/// category's (a byline row's "Categories: &lt;a&gt;Local&lt;/a&gt;" stays no tags); here the label and the list are all
/// the box holds, the box sits inside an <c>article</c> in no site-wide row (a sidebar's "Categories" widget lists the
/// whole site's), and the label carries its colon, as a widget's heading does not. Asked last, when no other tag list
/// was found; one query for the lists inside articles.
/// </summary>
internal static class CategoriesLabelOverArticleList
{
    public static List<string> Find(IDocument document)
    {
        foreach (var list in document.SelectAll("article ul, article ol"))
        {
            if (IsLabelled(list) && LinkList.Items(list) is { } items)
            {
                return [.. items.Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        return [];
    }

    /// <summary>
    /// Removes each such label and list from the text, read for the tags before the noise goes: the entries are tags, no
    /// one-word paragraphs under the story.
    /// </summary>
    public static void Remove(IDocument document)
    {
        foreach (var list in document.SelectAll("article ul, article ol").Where(list => IsLabelled(list) && LinkList.Items(list) is not null).ToList())
        {
            list.PreviousElementSibling?.Remove();
            list.Remove();
        }
    }

    /// <summary>Whether the list is the last element of a box whose only other element, first, is a categories label with its colon.</summary>
    private static bool IsLabelled(IElement list) =>
        list.PreviousElementSibling is { LocalName: "span" or "strong" or "b" or "div" or "p", ChildElementCount: 0 } label
        && list.NextElementSibling is null && label.PreviousElementSibling is null
        && Whitespace.Collapse(label.TextContent) is [.., ':'] labelText && CategoryRowBesideTagRow.IsLabel(labelText)
        && list.Nearest(LabelledTagLinks.SiteWideRows) is null;
}
