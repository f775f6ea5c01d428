using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="node_article-tags"&gt;&lt;h3&gt;More On:&lt;/h3&gt;&lt;div class="field-items"&gt;&lt;div class="field-item"&gt;&lt;a
/// href="/topic/harbours"&gt;Harbours&lt;/a&gt;&lt;/div&gt;…&lt;/div&gt;&lt;/div&gt;": a field-rendering CMS (Drupal's term reference field)
/// prints the story's tag row under the text as a heading that reads as a tag label, its colon kept, over a box of one
/// link a field item. The row the page shows outranks the <c>article:tag</c> metas, as a labelled row of links does
/// (<see cref="LabelledTagLinks"/>). Only a label a text page's tag line opens with counts ("More on:", "Tags:",
/// "Topics:"), in a box holding the heading and the links alone, each link tag-sized and most of them leading to the
/// site's topic pages: a "More on:" heading over related headlines leads to stories, and a heading without its colon
/// ("Related Topics" over section links) heads a box, no tag row. A Chinese page's "related topics" heading keeps no
/// colon (<see cref="HanziRelatedTopicsHeading"/>).
/// </summary>
internal static class HeadingTagLabelOverLinkBox
{
    private const int LongestLabel = 40;
    private const int LongestTag = 60;

    public static List<string> Find(IDocument document)
    {
        foreach (var heading in document.SelectAll("h2, h3, h4, h5, h6"))
        {
            if (heading.ChildElementCount > 0 || NodeText.IsLongerThan(heading, LongestLabel * 2)
                || Whitespace.Collapse(heading.TextContent) is not { Length: > 1 and <= LongestLabel } label)
            {
                continue;
            }

            // BareKeywordsHeading: "Schlagwörter" over a box of links names the tags with or without its colon, in a
            // parent holding more than the pair, wherever the links lead.
            var keywords = BareKeywordsHeading.Is(label);
            if (!(keywords || (label[^1] == ':' && TagLineParser.OpensWithLabel(label)) || HanziRelatedTopicsHeading.Is(label))
                || heading.NextElementSibling is not { LocalName: "div" or "ul" } box || (!keywords && heading.ParentElement is not { ChildElementCount: 2 })
                || SiteWideRow.Holds(heading)
                // SiteTagCloudBox: a sidebar's tag cloud under "Schlagwörter" lists the blog's tags, not the post's.
                || (keywords && SiteTagCloudBox.Is(box, heading.ParentElement)))
            {
                continue;
            }

            if (TagsIn(box, anyLinks: keywords) is { Count: > 0 } tags)
            {
                return tags;
            }
        }

        return [];
    }

    /// <summary>
    /// The box's link texts when it holds links and nothing else but separators, most leading to topic pages unless
    /// <paramref name="anyLinks"/> (a keywords heading says what they are).
    /// </summary>
    internal static List<string>? TagsIn(IElement box, bool anyLinks = false)
    {
        var tags = new List<string>();
        var topicLinks = 0;
        foreach (var link in box.SelectAll("a"))
        {
            // "<a aria-label="More tags" class="tags-link more" href="#">More</a>": a button that opens the rest of the row.
            if (link.GetAttribute("href") is not { Length: > 1 } target || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Whitespace.Collapse(link.TextContent) is not { Length: > 0 and < LongestTag } tag)
            {
                return null;
            }

            tags.Add(tag);
            topicLinks += LabelledTagLinks.LeadsToTopicPage(link) ? 1 : 0;
        }

        if (tags.Count == 0 || (!anyLinks && topicLinks * 2 <= tags.Count))
        {
            return null;
        }

        foreach (var text in box.Descendants<IText>())
        {
            if (text.ParentElement?.Nearest("a") is null && text.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0)
            {
                return null;
            }
        }

        return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
