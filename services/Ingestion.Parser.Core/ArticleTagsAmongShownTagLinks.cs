using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:tag" content="Rivers"&gt;" alone, and under the text "More stories tagged as" over
/// "&lt;div class="labels"&gt;&lt;a href="/tags/rivers"&gt;Rivers&lt;/a&gt;&lt;a href="/tags/farming"&gt;farming&lt;/a&gt;&lt;a href="/tags/drought"&gt;drought&lt;/a&gt;&lt;/div&gt;":
/// a CMS that fills the tag meta with the story's first term only (often its section) still prints every term as a link
/// to its tag page. A row whose links all lead to tag pages, that names every meta tag and more, is the story's list, in
/// the spelling the reader sees. The row is the parent of a link that spells a meta tag: one link in a heading (the
/// section kicker) or each link in its own list item (a menu) is no row; a row inside a menu, header or footer is none.
/// Cost: once a page that reached the article:tag metas, one query of the tag-page links and a look at the siblings of
/// the few that spell a meta tag.
/// </summary>
internal static class ArticleTagsAmongShownTagLinks
{
    private const int FewestTags = 3;
    private const int MostTags = 15;
    private const int LongestTag = 60;

    public static List<string> Row(IDocument document, IReadOnlyList<string> metaTags)
    {
        if (metaTags.Count is 0 or > 2)
        {
            return [];
        }

        foreach (var link in document.SelectAll("a[href*='/tag']"))
        {
            if (link.ParentElement is not { } row || !metaTags.Contains(Whitespace.Collapse(link.TextContent).Trim(), StringComparer.OrdinalIgnoreCase)
                || row.Nearest("nav, header, footer, h1, h2, h3, h4, h5, h6") is not null)
            {
                continue;
            }

            var links = row.Children.Where(child => child.LocalName == "a").ToList();
            if (links.Count is < FewestTags or > MostTags || row.ChildElementCount != links.Count || !links.TrueForAll(TagPageLinkBox.IsTagPageLink))
            {
                continue;
            }

            var tags = links.Select(each => Whitespace.Collapse(each.TextContent).Trim())
                .Where(tag => tag.Length is > 0 and < LongestTag)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (tags.Count > metaTags.Count && metaTags.All(tag => tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
            {
                return tags;
            }
        }

        return [];
    }
}
