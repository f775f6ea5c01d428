using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="video-container"&gt;&lt;a href="/v/6329"&gt;&lt;img alt="Harbor News Flash for March 12"&gt;&lt;/a&gt;&lt;/div&gt;&lt;div
/// class="info"&gt;&lt;div class="caption"&gt;&lt;h4&gt;&lt;a href="/video/6329"&gt;Harbor News Flash for March 12&lt;/a&gt;&lt;/h4&gt;&lt;p&gt;The
/// day's headlines are here.&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;": a player's poster, linked to the clip's own page, over a caption box
/// that opens with the clip's title as a linked heading, the poster's alt text word for word, and its blurb. The box
/// advertises the clip, as a teaser card's headline advertises another story (<see cref="TeaserCardCaption"/>): no
/// picture's caption, and no text. A caption without such a heading, or whose heading is not the linked poster's title,
/// stays a caption.
/// </summary>
internal static class LinkedPosterTitleCaption
{
    private const int BoxDepth = 4;

    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || caption.FirstElementChild is not { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" } heading
            || heading.Children is not [{ LocalName: "a" } link] || Whitespace.Collapse(heading.TextContent) is not { Length: > 0 } title
            || !string.Equals(Whitespace.Collapse(link.TextContent), title, StringComparison.Ordinal))
        {
            return false;
        }

        var box = caption.ParentElement;
        for (var depth = 0; box is not null && depth < BoxDepth; depth++, box = box.ParentElement)
        {
            foreach (var image in box.SelectAll("a img"))
            {
                if (!caption.Contains(image) && string.Equals(Whitespace.Collapse(image.GetAttribute("alt")), title, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
