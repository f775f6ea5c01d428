using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Movable Type marks an entry's category links rel="tag" as it marks its tags, in a category list over the tags
/// ("&lt;div class="entry-categories"&gt;…&lt;a rel="tag"&gt;City Council&lt;/a&gt;") and in the byline ("by &lt;a&gt;Name&lt;/a&gt; in
/// &lt;a rel="tag"&gt;News&lt;/a&gt; on …"): the section the story was filed in, which the reader does not take for a tag. When
/// the page lists tags besides, the links in such a box are none of them, as <see cref="CategoriesBesideTags"/> has it
/// for a text page; a page whose only tag links stand in the box keeps them.
/// </summary>
internal static class TagLinksInClassedBox
{
    /// <summary>The link, its item or span, and the list's or the byline's box: the named box is no further up.</summary>
    private const int BoxDepth = 3;

    /// <summary>
    /// <paramref name="links"/> without those inside a box whose class holds <paramref name="classWord"/> ("categories",
    /// plural, as WordPress classes a whole post "category-news"; "byline"), when any link stands outside such a box.
    /// </summary>
    public static List<IElement> Without(List<IElement> links, string classWord)
    {
        if (links.Count < 2)
        {
            return links;
        }

        List<IElement>? outside = null;
        var inside = 0;
        foreach (var link in links)
        {
            if (InBox(link, classWord))
            {
                inside++;
            }
            else
            {
                (outside ??= []).Add(link);
            }
        }

        return inside > 0 && outside is not null ? outside : links;
    }

    private static bool InBox(IElement link, string classWord)
    {
        var element = link.ParentElement;
        for (var depth = 0; depth < BoxDepth && element is not null; depth++, element = element.ParentElement)
        {
            if (element.GetAttribute("class") is { } names && names.Contains(classWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
