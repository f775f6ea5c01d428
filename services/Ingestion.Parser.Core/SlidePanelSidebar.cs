using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li class="carousel_item"&gt;&lt;div class="slide_content"&gt;&lt;img …&gt;&lt;/div&gt;&lt;div class="slide-sidebar"&gt;&lt;div
/// class="slide-info-description"&gt;&lt;p&gt;NAME&lt;/p&gt;&lt;p&gt;Hired: …&lt;/p&gt;…": a gallery story prints each slide as a list item
/// of a carousel, its picture on one side and its text in a panel beside it that the template calls the slide's sidebar.
/// A page's sidebar (its rail of boxes) never sits inside one item of a carousel's list; a sidebar-classed box inside a
/// list item whose class names a slide or a carousel item is that slide's text panel, no furniture.
/// </summary>
/// <remarks>Cost: per element a furniture word marks, one class-name search; the walk up (a few levels) only for a
/// sidebar-classed box.</remarks>
internal static class SlidePanelSidebar
{
    /// <summary>How far up the slide's list item may sit from its panel.</summary>
    private const int MaxLevelsToSlide = 4;

    public static bool Is(IElement element)
    {
        if (element.ClassName is not { } className || className.IndexOf("sidebar", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var holder = element.ParentElement;
        for (var level = 0; holder is not null && level < MaxLevelsToSlide; level++, holder = holder.ParentElement)
        {
            if (holder.LocalName == "li")
            {
                return holder.ClassName is { } itemClass
                    && (itemClass.Contains("carousel", StringComparison.OrdinalIgnoreCase) || itemClass.Contains("slide", StringComparison.OrdinalIgnoreCase));
            }
        }

        return false;
    }
}
