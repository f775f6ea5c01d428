using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="post_byline"&gt;&lt;span class="caption"&gt;By &lt;a rel="author"&gt;Name&lt;/a&gt; posted &lt;span
/// class="post_time"&gt;Aug 18th 2010 7:30PM&lt;/span&gt;&lt;/span&gt;&lt;/div&gt;": a blog template sets its byline in the type
/// style it names "caption", so the byline left for the captions and the page lost its writer and its time. A
/// caption-classed element that stands right inside a box classed for the byline (an icon beside the name, the writer's
/// feed button, allowed), or that holds the writer's author link (<c>rel="author"</c>) and no picture, is the byline's
/// small print: no caption, and it stays where the byline is read. A photo credit box ("photo-byline", "image-byline",
/// "caption-byline") is a credit's, so a byline box named for a picture does not count.
/// Cost: asked only of elements already taken for captions: one search of the element for a link, one class read of its parent.
/// AuthorItemCaption: "&lt;figure&gt;&lt;figcaption itemprop="author" itemscope itemtype="http://schema.org/Person"&gt;&lt;span
/// itemprop="name"&gt;Name&lt;/span&gt;&lt;/figcaption&gt;&lt;/figure&gt;", a byline set in a figure (made to hold the writer's portrait)
/// that holds no picture: the element the page marks as the article's author is the byline, no caption. Cost: one
/// attribute read per caption, and one search of its parent for a picture when the attribute names the author.
/// </summary>
internal static class BylineCaptionStyle
{
    public static bool Is(IElement caption) =>
        (caption.LocalName != "figcaption"
            && (IsBylineBox(caption.ParentElement) || (caption.SelectFirst("a[rel~='author' i]") is not null && caption.SelectFirst("img, picture") is null)))
        || IsAuthorItem(caption);

    private static bool IsAuthorItem(IElement caption) =>
        caption.GetAttribute("itemprop") is { } property && property.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("author", StringComparer.OrdinalIgnoreCase)
        && (caption.ParentElement ?? caption).SelectFirst("img, picture, video") is null;

    private static bool IsBylineBox(IElement? box) =>
        box?.ClassName is { } className && className.Contains("byline", StringComparison.OrdinalIgnoreCase)
        && !className.Contains("photo", StringComparison.OrdinalIgnoreCase) && !className.Contains("image", StringComparison.OrdinalIgnoreCase)
        && !className.Contains("caption", StringComparison.OrdinalIgnoreCase);
}
