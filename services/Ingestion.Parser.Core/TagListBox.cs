using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="taglist"&gt;&lt;a href="/liga/"&gt;liga&lt;/a&gt; &lt;a href="/fotbal/"&gt;Fotbal&lt;/a&gt;&lt;/div&gt;": a box whose class
/// names it the story's tag list, its links unlabelled, under the text. What the reader sees outranks the keywords meta,
/// as a labelled list ("Tags: …") does; the looser tag-list classes (<see cref="TagLinks"/>, "topics", "keywords") are
/// asked only after the metas, as they also name rails of teasers.
/// </summary>
internal static class TagListBox
{
    private const int LongestTag = 60;

    public static List<string> Find(IDocument document)
    {
        // "<aside class="list-of-tags"><h3>Related Topics</h3><ul>…</ul></aside>": one heading labels the list; a rail of
        // teasers has a picture or a heading for each story.
        // "<div class="rail__tag-wrap"><a class="rail__tag" href="/tag/harbours/">harbours</a>…<a href="/topics">Every
        // topic</a></div>": a magazine's tag box named in the BEM way, in the rail beside the text and again under it.
        // "<div class="article-tags"><ul class="article-tags__tags"><li><a href="/topics/air-force">Air Force</a></li>…</ul></div>":
        // a box named the article's tags, its links unlabelled under the text (ArticleTagsBox); a labelled one ("Tags: …")
        // was read before.
        // "<div class="article-meta__field article-meta__tags"><ul><li><a href="/thema/ferries/"><em>#</em>Ferries</a>…":
        // the tags element of the article's meta box, in the BEM way, beside its dates and its writer (MetaBoxTagsElement).
        // One query for the boxes: the first is the list, unless a later one holds its tags and more.
        var boxes = document.SelectAll(BoxSelector);
        if (boxes.Length == 0)
        {
            return [];
        }

        // "<ul class="tags-list"><li><a>Pandemic</a></li></ul>" by the headline and the same list of four under the text:
        // the lead topic over the story, the whole list under it (LeadTopicOverTagList).
        return LeadTopicOverTagList.WholeList(boxes, Read(document, boxes[0]), box => Read(document, box), tagsBox: boxes[0]);
    }

    /// <summary>
    /// The page's later tag-list box holding every one of <paramref name="tags"/> and more, read from a lead topic row by
    /// the headline (LeadTopicOverTagList); else <paramref name="tags"/>. No tags, no query.
    /// </summary>
    public static List<string> WholeListHolding(IDocument document, List<string> tags) =>
        tags.Count == 0 ? tags : LeadTopicOverTagList.WholeList(document.SelectAll(BoxSelector), tags, box => Read(document, box));

    /// <summary>The classes that name a box the story's tag list.</summary>
    private const string BoxSelector = ".taglist, .tag-list, .tags-list, .list-of-tags, [class*='__tag-wrap'], [class*='__tags-wrap'], .article-tags, [class*='-meta__tags']";

    /// <summary>The tags of one tag-list box; none when the box is a rail, a kicker or holds a picture.</summary>
    private static List<string> Read(IDocument document, IElement box)
    {
        if (box.SelectFirst("img") is not null || box.SelectAll("h2, h3, h4").Length > 1 || IsSectionKickerBox(box))
        {
            return [];
        }

        // "<a href="#" class="list-of-tags__show-more">Show more</a>": a button that opens the list is no tag.
        var links = box.SelectAll("a").Where(link => link.GetAttribute("href") is { } target && target != "#" && !target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).ToList();
        // Where the tags link to the site's tag pages, a link elsewhere ("Every topic" → "/topics") leads to the index of all.
        // A link to one topic's page ("/topics/2014-the-year-in-culture") among them is a tag too (TopicPageAmongTagLinks).
        if (links.Count(IsTagPageLink) >= 2)
        {
            links.RemoveAll(link => !IsTagPageLink(link) && !IsOneTopicsPage(link));
        }

        var tags = links
            .Select(link => Whitespace.Collapse(link.TextContent).TrimStart('#'))
            .Where(tag => tag.Length is > 0 and < LongestTag)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        // "<a data-dropdown="taglist">Filed to: <span>harbour</span></a><div id="taglist" class="taglist">…": the link that
        // opens the list names its first tag after the label.
        if (tags.Count > 0 && LabelInsideTagLink.OpenerTag(document, box) is { } first && !tags.Contains(first, StringComparer.OrdinalIgnoreCase))
        {
            tags.Insert(0, first);
        }

        return tags;
    }

    /// <summary>
    /// "&lt;div class="post-tags"&gt;&lt;img src="tag.gif"&gt; &lt;a rel="tag"&gt;渡口&lt;/a&gt;, &lt;a rel="tag"&gt;渡轮&lt;/a&gt;&lt;/div&gt;":
    /// a row of two or more links marked <c>rel="tag"</c> (a category's "category tag" is no such mark), with nothing but
    /// commas and spaces between them and no label: the post's tags as a blog platform shows them under the text, beside a
    /// tag icon. The first such row counts.
    /// </summary>
    public static List<string> RelTagRow(IDocument document)
    {
        IReadOnlyList<string>? page = null;
        foreach (var first in document.SelectAll("a[rel='tag']"))
        {
            if (first.ParentElement is not { } row || row.SelectAll("a") is var links && links.Length < 2)
            {
                continue;
            }

            // A rail's card for another post shows that post's terms (TagLinkInTeaserCard).
            if (TagLinkInTeaserCard.Is(first, page ??= PageAddress.Of(document)))
            {
                continue;
            }

            if (links.Any(link => link.GetAttribute("rel") != "tag" || link.ParentElement != row))
            {
                // A byline-and-category row with a labelled run of tag links in it (LabelledRelTagRun).
                return LabelledRelTagRun.Find(first);
            }

            var between = row.TextContent;
            foreach (var link in links)
            {
                between = between.Replace(link.TextContent, string.Empty, StringComparison.Ordinal);
            }

            if (between.Any(character => !char.IsWhiteSpace(character) && character is not (',' or '，' or '、')))
            {
                return [];
            }

            return links.Select(link => Whitespace.Collapse(link.TextContent)).Where(tag => tag.Length is > 0 and < LongestTag).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        return [];
    }

    /// <summary>
    /// SectionKickerBox: "&lt;div class="article-tags"&gt;&lt;h2 class="section-type"&gt;&lt;a href="/section/film"&gt;Film&lt;/a&gt;&lt;/h2&gt;
    /// &lt;a class="article-type" href="/features/best-of/"&gt;Best of&lt;/a&gt;&lt;/div&gt;" over the headline: a box named for the
    /// article's tags whose heading is itself a link to a section is the story's kicker (a section and a feature's name), no
    /// tag list; a list's heading labels it ("Related Topics") and links nowhere. Cost: one selector query in the one box.
    /// </summary>
    private static bool IsSectionKickerBox(IElement box) => box.SelectFirst("h2 a, h3 a, h4 a") is not null;

    /// <summary>
    /// TopicPageAmongTagLinks: "&lt;a href="/topics/2014-the-year-in-culture"&gt;" beside "/tag/…" links in one tag list is the
    /// page of one topic the story is filed under, a tag like the others; only a link to the index of all ("/topics") is none.
    /// </summary>
    private static bool IsOneTopicsPage(IElement link)
    {
        if (link.GetAttribute("href") is not { } target)
        {
            return false;
        }

        var at = target.IndexOf("/topics/", StringComparison.OrdinalIgnoreCase);
        var length = "/topics/".Length;
        if (at < 0)
        {
            at = target.IndexOf("/topic/", StringComparison.OrdinalIgnoreCase);
            length = "/topic/".Length;
        }

        return at >= 0 && target.AsSpan((at + length)..).Trim('/').Length > 0;
    }

    private static bool IsTagPageLink(IElement link) =>
        link.GetAttribute("href") is { } target && (target.Contains("/tag/", StringComparison.OrdinalIgnoreCase) || target.Contains("/tags/", StringComparison.OrdinalIgnoreCase));
}
