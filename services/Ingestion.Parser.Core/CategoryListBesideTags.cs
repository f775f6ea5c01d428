using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="entry-categories"&gt;&lt;h4&gt;Categories:&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;a rel="tag"&gt;City Council&lt;/a&gt;…" over
/// "&lt;div class="entry-tags"&gt;&lt;h4&gt;Tags:&lt;/h4&gt;…": Movable Type marks a category's link rel="tag" as it marks a tag's.
/// When an entry shows both lists, the tags are the page's tag list and the categories are not, as
/// <see cref="CategoriesBesideTags"/> has it for a text page; a page whose only list is its categories keeps them.
/// </summary>
internal static class CategoryListBesideTags
{
    public static List<IElement> WithoutCategories(List<IElement> links)
    {
        if (links.Count < 2)
        {
            return links;
        }

        var outside = links.Where(link => !InCategoryList(link)).ToList();
        return outside.Count > 0 && outside.Count < links.Count ? outside : links;
    }

    /// <summary>The link's list item, the list and the list's box: the categories box is no further up.</summary>
    private const int ListDepth = 3;

    /// <summary>
    /// "entry-categories", "post-categories": the plural names the list. WordPress classes a whole post "category-news",
    /// singular, so a post's tags are never taken for its categories.
    /// </summary>
    private static bool InCategoryList(IElement link)
    {
        var element = link.ParentElement;
        for (var depth = 0; depth < ListDepth && element is not null; depth++, element = element.ParentElement)
        {
            if (element.GetAttribute("class") is { } names && names.Contains("categories", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
