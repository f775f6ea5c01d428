using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;aside class="tags-recirc"&gt;&lt;h5&gt;More:&lt;/h5&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/tag/ferries"&gt;Ferries&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;/aside&gt;",
/// "&lt;ul class="Tags__tags___1WDCj"&gt;&lt;span&gt;More:&lt;/span&gt;&lt;li&gt;&lt;a href="/tag/harbours"&gt;…": a box its class names
/// a tag list, every link in it leading to one of the site's tag pages, nothing else in it but a short label: the
/// story's tags as the reader sees them under the text, whatever the label says ("More:", "Explore"). Like a tag-list
/// box of the stricter class names (<see cref="TagListBox"/>), it outranks the keywords metas, which a CMS fills with its
/// own words (the page type, the section, the address's slug). A box in a menu, one of the day's topics ("hot-tags",
/// "trending-tags") or of the site's latest ("latest-updated-tags"), one with a picture or a heading for each story, or one of more than fifteen links (a tag cloud) is
/// none.
/// </summary>
internal static class TagPageLinkBox
{
    private const int MostTags = 15;
    private const int LongestLabel = 20;
    private const int LongestTag = 60;

    /// <summary>The day's topics and a tag cloud; "latest-updated-tags", the tags the site used last, on every page as well.</summary>
    private static readonly WordSet SiteWideTopics = new(["hot", "trending", "popular", "cloud", "latest"]);

    /// <summary>The tags of the first such box in page order, else empty.</summary>
    public static List<string> Find(IDocument document)
    {
        foreach (var box in document.SelectAll("[class*='tags']"))
        {
            if (box.GetAttribute("class") is not { } names || names.Contains("has-tags", StringComparison.Ordinal) || SiteWideTopics.ContainsNamePart(names)
                || box.SelectFirst("img, picture, h1, h2, h3") is not null || box.Nearest("nav") is not null)
            {
                continue;
            }

            var links = box.SelectAll("a");
            if (links.Length is < 2 or > MostTags || !links.All(IsTagPageLink))
            {
                continue;
            }

            var label = box.TextContent;
            foreach (var link in links)
            {
                label = label.Replace(link.TextContent, string.Empty, StringComparison.Ordinal);
            }

            if (Whitespace.Collapse(label).Length > LongestLabel)
            {
                continue;
            }

            return links.Select(link => Whitespace.Collapse(link.TextContent).TrimStart('#')).Where(tag => tag.Length is > 0 and < LongestTag)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        return [];
    }

    /// <summary>A tag's page ("/tag/ferries"), or the site's search for one tag where the CMS has no such pages (TagSearchLink).</summary>
    internal static bool IsTagPageLink(IElement link) =>
        link.GetAttribute("href") is { } target
        && (target.Contains("/tag/", StringComparison.OrdinalIgnoreCase) || target.Contains("/tags/", StringComparison.OrdinalIgnoreCase) || TagSearchLink.Is(target));
}
