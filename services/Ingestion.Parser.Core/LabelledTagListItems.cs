using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="item-word"&gt;&lt;li&gt;タグ&lt;/li&gt;&lt;li&gt;&lt;a href="/tag/ferry/"&gt;渡し船&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;": a tag row
/// set as a list whose first item is the label ("タグ", "キーワード", "标签", "Tags") and every other item one link. A reader
/// sees one tag per link, and the row the page shows outranks the keywords meta, as a labelled row in a div does
/// (LabelledTagLinks, which reads the label and its links as siblings in one element). A row under another label ("人気
/// キーワード", "popular keywords": the site's list) is none, nor a row in the site's navigation or rails.
/// </summary>
internal static class LabelledTagListItems
{
    /// <summary>"タグ" and "キーワード"/"関連キーワード" (Japanese), "标签"/"標籤"/"关键词" (Chinese), and the labels LabelledTagLinks knows.</summary>
    private static readonly WordSet CjkLabels = new(["タグ", "キーワード", "関連キーワード", "关键词", "關鍵字", "标签", "標籤"]);

    public static List<string> Find(IDocument document)
    {
        foreach (var list in document.SelectAll("ul, ol"))
        {
            if (list.FirstElementChild is not { LocalName: "li" } first || first.SelectFirst("a") is not null || list.ChildElementCount < 2)
            {
                continue;
            }

            var label = Whitespace.Collapse(first.TextContent).TrimEnd(':', '：').Trim();
            if (label.Length == 0 || !(CjkLabels.Contains(label) || LabelledTagLinks.IsKnownLabel(label)) || SiteWideRow.Holds(list))
            {
                continue;
            }

            if (Links(list, first) is { Count: > 0 } tags)
            {
                return tags;
            }
        }

        return [];
    }

    /// <summary>Each item after the label as its one link's text; null when an item holds words beside its link or no link.</summary>
    private static List<string>? Links(IElement list, IElement label)
    {
        var tags = new List<string>();
        for (var item = label.NextElementSibling; item is not null; item = item.NextElementSibling)
        {
            if (item.LocalName != "li" || item.SelectAll("a") is not [var link])
            {
                return null;
            }

            var text = Whitespace.Collapse(link.TextContent);
            if (text.Length == 0 || !string.Equals(text, Whitespace.Collapse(item.TextContent), StringComparison.Ordinal))
            {
                return null;
            }

            if (!tags.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(text);
            }
        }

        return tags;
    }
}
