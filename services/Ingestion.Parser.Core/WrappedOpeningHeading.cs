using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="elementor-widget-wrap"&gt;&lt;div class="elementor-widget"&gt;&lt;div class="elementor-widget-container"&gt;&lt;h3&gt;Your
/// gift for local news&lt;/h3&gt;…", "&lt;section&gt;&lt;div class="container"&gt;&lt;div class="row"&gt;&lt;div class="col-12"&gt;&lt;h3&gt;More
/// on this&lt;/h3&gt;…": page builders and grid themes set every element of a box in widget, column and row divs of its own,
/// so the box's heading is its first element only under wrappers. The box opens with the heading when each first element
/// child down to it is a div or a section with no words before it.
/// </summary>
internal static class WrappedOpeningHeading
{
    private const int MostWrappers = 6;

    public static bool Opens(IElement box) => Find(box) is not null;

    /// <summary>The h2–h5 that opens the box under wrapper divs alone, or null.</summary>
    public static IElement? Find(IElement box)
    {
        var element = box;
        for (var depth = 0; depth <= MostWrappers; depth++)
        {
            if (HasWordsBeforeFirstChild(element) || element.FirstElementChild is not { } first)
            {
                return null;
            }

            if (first.LocalName is "h2" or "h3" or "h4" or "h5")
            {
                return first;
            }

            if (first.LocalName is not ("div" or "section"))
            {
                return null;
            }

            element = first;
        }

        return null;
    }

    private static bool HasWordsBeforeFirstChild(IElement element)
    {
        for (var node = element.FirstChild; node is not null && node is not IElement; node = node.NextSibling)
        {
            if (node is IText text && !text.Data.AsSpan().Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
