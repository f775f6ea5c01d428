using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="article-tags"&gt;&lt;span class="c-label"&gt;Read More About:&lt;/span&gt; &lt;nav&gt;&lt;ul&gt;&lt;li&gt;&lt;a
/// href="/tag/harbours/"&gt;Harbours&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;/nav&gt;&lt;/div&gt;": a label the tag rows do not know, in an element of
/// its own and ended with a colon, over a list (bare or in a nav or div of its own) whose every item is one link to the
/// site's topic pages, and nothing else after it: the story's tags as the page shows them, over the keywords meta. A label
/// in an element over plain links stays unread (a row that shows one of the keywords), and so does a list whose items
/// lead anywhere but to topic pages (a related headline under "Read more:").
/// </summary>
internal static class LabelOverTopicList
{
    private const int MaxLabelWords = 4;

    /// <summary>The list's link texts when <paramref name="label"/> heads such a list in <paramref name="holder"/>; else null.</summary>
    public static List<string>? Tags(IElement holder, INode label, string labelText)
    {
        // "Other Topics" without a colon names its list by its last word (TagNounEndedLabel).
        if (label is not IElement || (labelText is not [.., ':'] && !TagNounEndedLabel.Is(labelText)) || Words.Count(labelText) > MaxLabelWords || SiteWideRow.Holds(holder))
        {
            return null;
        }

        List<string>? tags = null;
        for (var node = label.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IText text && text.Data.AsSpan().Trim().Length == 0)
            {
                continue;
            }

            if (tags is not null || node is not IElement element || ListIn(element) is not { } list || TopicItems(list) is not { } items)
            {
                return null;
            }

            tags = items;
        }

        return tags;
    }

    /// <summary>The element itself when it is a list, or the one list a nav or div holds with nothing else beside it.</summary>
    private static IElement? ListIn(IElement element)
    {
        if (element.LocalName is "ul" or "ol")
        {
            return element;
        }

        return element.LocalName is "nav" or "div" && element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "ul" or "ol" } list
            && Whitespace.Collapse(element.TextContent).Length == Whitespace.Collapse(list.TextContent).Length
            ? list
            : null;
    }

    private static List<string>? TopicItems(IElement list)
    {
        if (LinkList.Items(list) is not { Count: > 0 } items)
        {
            return null;
        }

        foreach (var link in list.SelectAll("a"))
        {
            if (!LabelledTagLinks.LeadsToTopicPage(link))
            {
                return null;
            }
        }

        return items;
    }
}
