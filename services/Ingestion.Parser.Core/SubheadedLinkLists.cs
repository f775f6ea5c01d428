using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;div&gt;&lt;h3&gt;More&lt;/h3&gt;&lt;/div&gt;&lt;h4&gt;On this story&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;…&lt;/a&gt;…&lt;/ul&gt;&lt;h4&gt;In this
/// series&lt;/h4&gt;&lt;ul&gt;…&lt;/ul&gt;&lt;/div&gt;": a box of related stories set between two paragraphs, its lists of links each
/// under a sub-heading of its own and the box's label in a header div over them. Every word outside the links is a
/// heading's, so the words are the box's labels, no text; a box with one list stays with <see cref="HeadedLinkBox"/>'s
/// reading of its one heading.
/// </summary>
internal static class SubheadedLinkLists
{
    private const int MinLists = 2;

    /// <summary>Whether <paramref name="text"/> is a link-free heading's inside <paramref name="box"/>, a box of two lists or more.</summary>
    public static bool InHeading(IText text, IElement box)
    {
        for (var element = text.ParentElement; element is not null && element != box; element = element.ParentElement)
        {
            if (element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return element.SelectFirst("a") is null && ListCount(box) >= MinLists;
            }
        }

        return false;
    }

    private static int ListCount(IElement box)
    {
        var lists = 0;
        foreach (var child in box.Children)
        {
            if (child.LocalName is "ul" or "ol")
            {
                lists++;
            }
        }

        return lists;
    }
}
