using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="#" data-jq-dropdown="#jq-dropdown-mots"&gt;&lt;i class="fa fa-tags"&gt;&lt;/i&gt;&lt;span class="invisible"&gt;Mots-clés&lt;/span&gt;&lt;/a&gt;
/// &lt;div id="jq-dropdown-mots"&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;université&lt;/a&gt;&lt;/li&gt;…": a tag icon under the byline opens the story's tag
/// list as a drop-down. The button's label (read by screen readers only) is a tag label, and the list it names by id holds
/// one link an item; a reader who clicks the icon sees the tags.
/// </summary>
internal static class ToggledTagList
{
    /// <summary>The attributes a drop-down or collapse button names the element it opens with.</summary>
    private static readonly string[] TargetAttributes = ["data-jq-dropdown", "aria-controls", "data-target", "data-dropdown"];

    private const int MaxLabelLength = 40;

    public static List<string> Find(IDocument document)
    {
        foreach (var button in document.SelectAll("a[data-jq-dropdown], a[aria-controls], a[data-target], a[data-dropdown], button[aria-controls], button[data-target]"))
        {
            if (Whitespace.Collapse(button.TextContent) is not { Length: > 0 and <= MaxLabelLength } label
                || !LabelledTagLinks.IsKnownLabel(label.TrimEnd(':').Trim()) || Target(document, button) is not { } target
                || target.SelectFirst("ul, ol") is not { } list || LinkList.Items(list) is not { } tags)
            {
                continue;
            }

            return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        return [];
    }

    private static IElement? Target(IDocument document, IElement button)
    {
        foreach (var attribute in TargetAttributes)
        {
            if (button.GetAttribute(attribute) is { Length: > 1 } value && value.TrimStart('#') is { Length: > 0 } id
                && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && document.GetElementById(id) is { } target && !target.Contains(button))
            {
                return target;
            }
        }

        return null;
    }
}
