using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="c-entry-group-labels"&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Editorials&lt;/a&gt;&lt;li&gt;&lt;a&gt;Baseball&lt;/a&gt;&lt;/ul&gt;&lt;/div&gt;
/// &lt;div class="…header-wrap"&gt;&lt;h1&gt;Headline&lt;/h1&gt;": a box whose class names "labels" holds a blog's tags under a
/// post ("post-labels"), but set right over the headline, beside the heading's box, it lists the groups and sections the
/// story is filed in: a kicker row, as a breadcrumb is, and no tags.
/// </summary>
internal static class LabelsOverHeadline
{
    private const int MostLevels = 3;

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

        for (var sibling = row.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == "h1" || sibling.SelectFirst("h1") is not null)
            {
                return true;
            }
        }

        return false;
    }
}
