using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="in-line-column wp-caption alignleft"&gt;&lt;div id="more-on"&gt;&lt;h3&gt;More On:&lt;/h3&gt;&lt;h6&gt;&lt;a&gt;topic&lt;/a&gt;&lt;/h6&gt;
/// &lt;h5&gt;&lt;a&gt;Other story&lt;/a&gt;&lt;/h5&gt;…": a theme floats its related-stories box beside the text with the caption
/// layout's class ("wp-caption alignleft") so it wraps like a picture. A caption-classed box that holds no picture, video
/// or frame but a heading and two or more links is a headed link box, no picture's caption. A real caption holds no
/// heading of its own. The box may open with a partner module ("&lt;h3&gt;Originally published by:&lt;/h3&gt;&lt;a&gt;&lt;img
/// width="37" height="30" alt="logo-…"&gt;&lt;/a&gt;"): a picture of at most logo size by its own width and height
/// attributes is the module's badge, no picture a caption could be for (<see cref="IsBadge"/>). Cost: asked only of
/// elements already taken for captions: one selector search for a picture (a walk of the pictures only when one is
/// found), one for a heading, and a link count only when a heading is found.
/// </summary>
internal static class HeadedLinkBoxInCaptionLayout
{
    /// <summary>The largest side, in pixels, of a logo or badge printed beside a module's heading.</summary>
    private const int LargestBadgeSide = 100;

    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption"
        && HoldsOnlyBadges(caption)
        && caption.SelectFirst("h1, h2, h3, h4, h5, h6") is not null
        && caption.SelectAll("a[href]").Length >= 2;

    private static bool HoldsOnlyBadges(IElement caption)
    {
        if (caption.SelectFirst("img, picture, video, iframe, figure") is null)
        {
            return true;
        }

        foreach (var picture in caption.SelectAll("img, picture, video, iframe, figure"))
        {
            if (!IsBadge(picture))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"&lt;img width="37" height="30" src="…/logo-partner.png"&gt;": an image whose own attributes size it as a logo.</summary>
    internal static bool IsBadge(IElement picture) =>
        picture.LocalName == "img"
        && int.TryParse(picture.GetAttribute("width"), out var width) && width is > 0 and <= LargestBadgeSide
        && int.TryParse(picture.GetAttribute("height"), out var height) && height is > 0 and <= LargestBadgeSide;
}
