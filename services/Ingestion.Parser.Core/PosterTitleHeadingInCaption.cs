using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;aside class="InlineVideo"&gt;&lt;figure&gt;&lt;img alt="Ferry timetable explained"&gt;&lt;/figure&gt;…&lt;div class="Caption"&gt;&lt;h3&gt;Ferry
/// timetable explained&lt;/h3&gt;&lt;div&gt;The harbour master walks through the new sailings.&lt;/div&gt;&lt;span class="credit"&gt;Harbour
/// News&lt;/span&gt;&lt;/div&gt;&lt;/aside&gt;": a player's caption box opens with the clip's title as a heading, the poster's alt text
/// word for word, over the clip's blurb and its credit. The blurb with its credit is the caption, as a video box's caption
/// is; the clip's bare title is none, so the heading is no part of the entry. A heading that is the whole box, or that
/// names no picture of the box around it, stays (a linked title over a linked poster advertises the clip, and the whole
/// box goes: <see cref="LinkedPosterTitleCaption"/>).
/// </summary>
internal static class PosterTitleHeadingInCaption
{
    /// <summary>Boxes above the caption a player's poster is looked for in.</summary>
    private const int BoxDepth = 3;

    public static void Remove(IElement caption)
    {
        if (caption.LocalName == "figcaption" || caption.FirstElementChild is not { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading
            || Whitespace.Collapse(heading.TextContent) is not { Length: > 0 } title
            || Whitespace.Collapse(caption.TextContent).Length <= title.Length + 1 || !PosterNamed(caption, title))
        {
            return;
        }

        heading.Remove();
    }

    private static bool PosterNamed(IElement caption, string title)
    {
        var box = caption.ParentElement;
        for (var depth = 0; box is not null && depth < BoxDepth; depth++, box = box.ParentElement)
        {
            foreach (var image in DocumentOrder.Elements(box))
            {
                if (image.LocalName == "img" && !caption.Contains(image)
                    && string.Equals(Whitespace.Collapse(image.GetAttribute("alt")), title, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
