using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;div class="QOIi"&gt;Related Topics&lt;/div&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/alerts/GOP"&gt;&lt;span&gt;Republican
/// Primary&lt;/span&gt;&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;/div&gt;" under the text: a component library sets the row's label in a
/// div of its own, plain text, over a list of topic pills, one link an item. A reader sees the label over the story's
/// tags, as a label in a span over links is read (<see cref="LabelledTagLinks"/>). Only a known tag label counts, in a
/// div holding nothing but its words, right over a list whose every item is one link and nothing else, outside the site's
/// menus and rails; a label over a list of headlines or of other elements is no tag row.
/// </summary>
internal static class LabelDivOverTagList
{
    private const int LongestLabel = 40;

    /// <summary>The label's words when the node is such a div right over such a list; null otherwise.</summary>
    public static string? Label(INode? first)
    {
        if (first is not IElement { LocalName: "div", ChildElementCount: 0 } label
            || label.NextElementSibling is not { LocalName: "ul" or "ol" } list
            || Whitespace.Collapse(label.TextContent) is not { Length: > 0 and <= LongestLabel } words
            || !LabelledTagLinks.IsKnownLabel(words.TrimEnd(':').Trim())
            || LinkList.Items(list) is null
            || SiteWideRow.Holds(label))
        {
            return null;
        }

        return words;
    }
}
