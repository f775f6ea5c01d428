using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;…&lt;/p&gt;&lt;h3&gt;For the Oven&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;&lt;h3&gt;For the Grill&lt;/h3&gt;&lt;ul&gt;…&lt;/ul&gt;&lt;p&gt;…": a roundup post
/// gathers its picks as lists of links, each under a sub-heading of its own, among its prose; the lists are what the
/// post offers, and its headings stay as body with nothing under them if the lists go. Two lists or more in one box,
/// each right under a link-free heading that is no related-stories label, are the text's sections, not a list of links
/// pointing away (<see cref="LinkListBetweenParagraphs"/>); one headed list among paragraphs is still a related box.
/// Cost: a look at the list's earlier sibling and its box's children.
/// </summary>
internal static class HeadedLinkListSections
{
    private const int MinSections = 2;

    /// <summary>Whether <paramref name="list"/> stands under a sub-heading of its own beside another such list in its box.</summary>
    public static bool Is(IElement list)
    {
        if (!IsUnderSectionHeading(list) || list.ParentElement is not { } box)
        {
            return false;
        }

        var sections = 0;
        foreach (var child in box.Children)
        {
            if (child.LocalName is "ul" or "ol" && IsUnderSectionHeading(child) && ++sections >= MinSections)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnderSectionHeading(IElement list) =>
        list.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading
        && heading.SelectFirst("a") is null
        && Whitespace.Collapse(heading.TextContent).Trim() is { Length: > 0 } text
        && !BoilerplateFilter.IsRelatedHeading(text);
}
