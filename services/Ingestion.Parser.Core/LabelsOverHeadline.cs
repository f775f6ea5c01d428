using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="c-entry-group-labels"&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Editorials&lt;/a&gt;&lt;li&gt;&lt;a&gt;Baseball&lt;/a&gt;&lt;/ul&gt;&lt;/div&gt;
/// &lt;div class="…header-wrap"&gt;&lt;h1&gt;Headline&lt;/h1&gt;": a box whose class names "labels" holds a blog's tags under a
/// post ("post-labels"), but set right over the headline, beside the heading's box, it lists the groups and sections the
/// story is filed in: a kicker row, as a breadcrumb is, and no tags. The same row over another story's linked headline in a
/// river of teasers is that story's kicker (<see cref="IsTeaserHeadline"/>).
/// </summary>
internal static class LabelsOverHeadline
{
    private const int MostLevels = 3;

    /// <summary>Boxes that hold nothing but the row, climbed to find what stands beside it.</summary>
    private const int MostWrappers = 2;

    /// <summary>Asked only of an element whose class names "labels": one walk of its later siblings.</summary>
    public static bool Is(IElement box)
    {
        // The row's items are classed for it too ("c-entry-group-labels__item"): the row is the outermost labels-classed box.
        var row = box;
        var level = 0;
        for (var parent = box.ParentElement; parent is not null && level < MostLevels; parent = parent.ParentElement, level++)
        {
            if (parent.ClassName?.Contains("labels", StringComparison.Ordinal) == true)
            {
                row = parent;
            }
        }

        // A teaser card wraps the row in a box of its own ("c-entry-box__group-list", its only child) beside the card's
        // headline: the box, not the row, stands beside the heading.
        var beside = row;
        for (var wraps = 0; wraps < MostWrappers && IsOnlyChild(beside) && beside.ParentElement is { } wrapper; wraps++)
        {
            beside = wrapper;
        }

        for (var sibling = beside.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == "h1" || sibling.SelectFirst("h1") is not null || IsTeaserHeadline(sibling))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnlyChild(IElement element) => element.PreviousElementSibling is null && element.NextElementSibling is null;

    /// <summary>
    /// LabelsOverTeaserHeadline (a widening): "&lt;h2 class="c-entry-box__title"&gt;&lt;a href="/2017/…"&gt;Other story&lt;/a&gt;&lt;/h2&gt;"
    /// right under the row: another story's card in a river or rail lists the groups that story is filed in, as the story's
    /// own row over its h1 does; they are that story's kicker, never this page's tags. A heading whose one child is a link.
    /// </summary>
    private static bool IsTeaserHeadline(IElement sibling) =>
        sibling.LocalName is "h2" or "h3" or "h4"
        && sibling.ChildElementCount == 1
        && sibling.FirstElementChild is { LocalName: "a" } link
        && link.HasAttribute("href");
}
