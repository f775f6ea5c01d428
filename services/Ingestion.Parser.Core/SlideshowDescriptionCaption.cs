using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="slideshow-carousel"&gt;…&lt;img alt="…"&gt;…&lt;/div&gt;&lt;div&gt;&lt;span&gt;1 / 4&lt;/span&gt;&lt;h1 class="slideshow-headline"&gt;Workers
/// lift the bell …&lt;/h1&gt;&lt;div class="slideshow-description"&gt;Workers lift the bell … (Name/Town Press via AP)&lt;/div&gt;": a portal's
/// slideshow over the story prints the shown picture's caption under the carousel in a box its class calls the slide's
/// description, and repeats it in a headline of the slide. The description is the caption; the headline repeating it is
/// no second entry, and no headline of the story.
/// </summary>
internal static class SlideshowDescriptionCaption
{
    private const int LongestCaption = 600;

    /// <summary>How far up the carousel's picture may sit from the description box.</summary>
    private const int MaxLevelsToPicture = 6;

    private static readonly string[] SlideWords = ["slideshow", "gallery", "carousel", "slide"];

    private static readonly string[] DescriptionWords = ["description", "desc"];

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("div" or "p" or "span") || element.Children.Any(child => child.LocalName is "div" or "p" or "ul" or "ol" or "table")
            || !element.ClassList.Any(IsSlideDescription) || element.TextContent.Trim().Length is 0 or > LongestCaption
            // A rail's card: the thumbnail and the other page's title in one link to that page (SlideCardInStoryLink).
            || SlideCardInStoryLink.Is(element))
        {
            return false;
        }

        var holder = element.ParentElement;
        for (var level = 0; holder is not null && level < MaxLevelsToPicture; level++, holder = holder.ParentElement)
        {
            if (holder.SelectFirst("img, picture") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a heading is a slide's headline repeating the description right under it, which names no story.</summary>
    public static bool IsRepeatedBy(IElement heading) =>
        heading.NextElementSibling is { } description && description.ClassList.Any(IsSlideDescription)
        && Whitespace.Collapse(description.TextContent) == Whitespace.Collapse(heading.TextContent);

    /// <summary>The slide's headline right over the description that repeats its words, removed.</summary>
    public static void RemoveRepeatingHeadline(IElement description, string caption)
    {
        if (description.ClassList.Any(IsSlideDescription)
            && description.PreviousElementSibling is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } headline
            && Whitespace.Collapse(headline.TextContent) == caption)
        {
            headline.Remove();
        }
    }

    /// <summary>"slideshow-description", "gallery_desc": one class word of the slides and one of the description.</summary>
    private static bool IsSlideDescription(string name)
    {
        var parts = name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(part => SlideWords.Contains(part, StringComparer.OrdinalIgnoreCase))
            && parts.Any(part => DescriptionWords.Contains(part, StringComparer.OrdinalIgnoreCase));
    }
}
