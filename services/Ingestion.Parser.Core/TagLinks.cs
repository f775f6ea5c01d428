using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The links of a page's tag lists, in page order: what the selector list "a[rel~='tag']:not([rel~='category']),
/// [class*='tags'] a, .tag-links a, [class*='keyword'] a, [class*='topics'] a, …" selects, found in one walk that reads
/// each element's class once. Matched by selector, every link's ancestors were read once per listed class: a fifth of the
/// time an HTML page took.
/// </summary>
internal static class TagLinks
{
    /// <summary>Case-sensitive parts of a tag list's class, as CSS attribute selectors match them.</summary>
    private static readonly string[] ListClassParts = ["tags", "keyword", "topics", "etiquetas", "schlagw", "mots-cles", "labels"];

    /// <summary>
    /// "&lt;div class="hot-topics"&gt;", "trending-topics": the site's topics of the day over every page, not this story's tags.
    /// "&lt;ul class="latest-updated-tags"&gt;" in the header's menu panel: the tags the site used last, on every page too
    /// (a widening for the site's latest tags). "&lt;aside class="ranking topics list"&gt;" and "&lt;aside class="recommend
    /// topics list"&gt;" in the rail: the site's most-read ranking (its "See more" link) and its recommended stories'
    /// headlines, a rail's boxes that the theme calls topics, on every page (RankingTopicsBox, a widening).
    /// "&lt;li class="topics toptags tags"&gt;&lt;span&gt;Top tags&lt;/span&gt;&lt;ul&gt;…" in the rail: the site's most used tags, one
    /// class word for "top tags" or "top topics", the same on every page (TopTagsBox, a widening).
    /// </summary>
    private static readonly WordSet SiteWideTopics = new(["hot", "trending", "popular", "latest", "ranking", "recommend", "toptags", "toptopics"]);

    public static List<IElement> Find(IElement? root)
    {
        var links = new List<IElement>();
        if (root is not null)
        {
            WalkChildren(root, insideList: IsList(root), insideMenu: false, links);
        }

        return TagLinksInClassedBox.Without(TagLinksInClassedBox.Without(WithoutTeaserCardTerms(links, root), "categories"), "byline");
    }

    /// <summary>A rail's card for another post shows that post's terms as rel="tag" links: none of the story's (TagLinkInTeaserCard).</summary>
    private static List<IElement> WithoutTeaserCardTerms(List<IElement> links, IElement? root)
    {
        IReadOnlyList<string>? page = null;
        for (var i = links.Count - 1; i >= 0; i--)
        {
            if (IsTagRel(links[i]) && root?.Owner is { } document && TagLinkInTeaserCard.Is(links[i], page ??= PageAddress.Of(document)))
            {
                links.RemoveAt(i);
            }
        }

        return links;
    }

    /// <summary>By child index: AngleSharp's NextElementSibling scans the parent's children, quadratic on a long list.</summary>
    /// <remarks>
    /// A navigation menu's "&lt;nav class="metabar-topics"&gt;" lists the site's sections, not the story's tags: in a &lt;nav&gt;
    /// only an element classed as tags ("&lt;nav class="post-tags"&gt;") holds them.
    /// </remarks>
    private static void WalkChildren(IElement parent, bool insideList, bool insideMenu, List<IElement> links)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
            {
                continue;
            }

            // A link around a thumbnail is a teaser ("Related Content" in a "related-topics" box), never a tag; one in a
            // WordPress menu item is the site's menu (WordPressMenuItemLink).
            if (element.LocalName == "a" && (insideList || IsTagRel(element)) && element.SelectFirst("img") is null && !ShareButtonLink.Is(element)
                && !WordPressMenuItemLink.Is(element))
            {
                links.Add(element);
            }

            // A menu marked by its role alone ("<div id="subNavigation" role="navigation"><div class="subtopics">…") is one
            // as much as a <nav> (RoleNavigationMenu).
            // The site's masthead header, which holds no headline, is a menu too ("Hot topics" over every page: MastheadHeaderMenu).
            var menu = insideMenu || element.LocalName == "nav" || RoleNavigationMenu.Is(element) || MastheadHeaderMenu.Is(element);
            var list = menu ? IsTagClassed(element) : IsList(element);
            // A menu inside a box classed "topics" lists the site's sections, not the story's tags (MenuInsideTopicsBox).
            var inherited = insideList && !(menu && !insideMenu && MenuInsideTopicsBox.Ends(element, IsList));
            WalkChildren(element, (inherited && !HeadingInTagBox.Is(element, list)) || list, menu, links);
        }
    }

    private static bool IsList(IElement element)
    {
        if (WordPressPostTermClasses.Without(element) is not { } names)
        {
            return false;
        }

        foreach (var part in ListClassParts)
        {
            if (names.Contains(part, StringComparison.Ordinal) && !IsOnlyStateFlag(names, part))
            {
                // A "labels" box set over the headline lists the story's sections (LabelsOverHeadline).
                return !HeadsStoryLinks(element) && !SiteWideTopics.ContainsNamePart(names) && !(part == "labels" && LabelsOverHeadline.Is(element));
            }
        }

        return element.ClassList.Contains("tag-links");
    }

    /// <summary>
    /// "summary-item summary-item-has-tags summary-item-has-author": a teaser card's class says which fields the post
    /// has ("has-tags"), not that the card lists them; its link is the teaser's headline.
    /// </summary>
    private static bool IsOnlyStateFlag(string names, string part)
    {
        for (var at = names.IndexOf(part, StringComparison.Ordinal); at >= 0; at = names.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            if (at < 4 || names.AsSpan(at - 4, 3) is not "has" || names[at - 1] is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTagClassed(IElement element) =>
        element.GetAttribute("class") is { } names && (names.Contains("tags", StringComparison.Ordinal) || element.ClassList.Contains("tag-links")) && IsList(element);

    /// <summary>"&lt;div class="related-topics"&gt;&lt;h3&gt;Related Content&lt;/h3&gt;…": a box headed as other stories' links holds teasers.</summary>
    private static bool HeadsStoryLinks(IElement list) =>
        list.FirstElementChild is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading
        && BoilerplateFilter.IsRelatedHeading(Whitespace.Collapse(heading.TextContent));

    /// <summary>
    /// rel="tag", but not WordPress' rel="category tag": a category is no tag. Block themes mark the category's link
    /// rel="tag" alone ("&lt;div class="taxonomy-category"&gt;&lt;a href="/category/environment/" rel="tag"&gt;"): its
    /// address still says it.
    /// </summary>
    private static bool IsTagRel(IElement link) =>
        link.GetAttribute("rel") is { } rel && AttributeTokens.Contains(rel, "tag") && !AttributeTokens.Contains(rel, "category")
        && link.GetAttribute("href")?.Contains("/category/", StringComparison.OrdinalIgnoreCase) != true;
}
