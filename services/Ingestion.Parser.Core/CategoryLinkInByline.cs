using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="byline"&gt;by &lt;a&gt;Dana Whitcomb&lt;/a&gt; in &lt;a href="/news" rel="tag"&gt;News&lt;/a&gt; on …&lt;/span&gt;" over the
/// text, "&lt;ul class="entry-tags-list"&gt;&lt;li&gt;&lt;a rel="tag"&gt;cold war&lt;/a&gt;…" under it: Movable Type marks the entry's
/// category in the byline rel="tag", as it marks the tags. The byline names the section the story was filed in, a
/// kicker the reader does not take for a tag; when the page lists tags besides, the byline's link is none of them.
/// A page whose only tag link stands in its byline keeps it, as <see cref="CategoryListBesideTags"/> keeps a lone list.
/// </summary>
internal static class CategoryLinkInByline
{
    /// <summary>The link, the byline span and the byline's box: a byline is no further up.</summary>
    private const int BylineDepth = 3;

    public static List<IElement> Without(List<IElement> links)
    {
        if (links.Count < 2)
        {
            return links;
        }

        List<IElement>? outside = null;
        var inByline = 0;
        foreach (var link in links)
        {
            if (InByline(link))
            {
                inByline++;
            }
            else
            {
                (outside ??= []).Add(link);
            }
        }

        return inByline > 0 && outside is not null ? outside : links;
    }

    private static bool InByline(IElement link)
    {
        var element = link.ParentElement;
        for (var depth = 0; depth < BylineDepth && element is not null; depth++, element = element.ParentElement)
        {
            if (element.GetAttribute("class") is { } names && names.Contains("byline", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
