using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="in-line-column wp-caption alignleft"&gt;&lt;div id="more-on"&gt;&lt;h3&gt;More On:&lt;/h3&gt;&lt;h6&gt;&lt;a&gt;topic&lt;/a&gt;&lt;/h6&gt;
/// &lt;h5&gt;&lt;a&gt;Other story&lt;/a&gt;&lt;/h5&gt;…": a theme floats its related-stories box beside the text with the caption
/// layout's class ("wp-caption alignleft") so it wraps like a picture. A caption-classed box that holds no picture, video
/// or frame but a heading and two or more links is a headed link box, no picture's caption. A real caption holds no
/// heading of its own. Cost: asked only of elements already taken for captions: one selector search for a picture, one
/// for a heading, and a link count only when a heading is found.
/// </summary>
internal static class HeadedLinkBoxInCaptionLayout
{
    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption"
        && caption.SelectFirst("img, picture, video, iframe, figure") is null
        && caption.SelectFirst("h1, h2, h3, h4, h5, h6") is not null
        && caption.SelectAll("a[href]").Length >= 2;
}
