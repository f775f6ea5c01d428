using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;a href="/2015/03/18/story/"&gt;&lt;img&gt;&lt;/a&gt;&lt;figcaption&gt;&lt;a href="/2015/03/18/story/"&gt;Headline&lt;/a&gt;&lt;/figcaption&gt;&lt;/figure&gt;":
/// a rail of teaser cards sets each story's thumbnail and headline in a figure, and the caption is the other story's
/// headline, a link to the same page as the picture. It describes no picture of the article and is no caption. A
/// caption that only links to the picture itself (a lightbox's "/photo.jpg") stays one.
/// </summary>
internal static class TeaserCardCaption
{
    public static bool Is(IElement caption)
    {
        if (caption is not { LocalName: "figcaption", ParentElement: { LocalName: "figure" } figure }
            || caption.Children is not [{ LocalName: "a" } link]
            || link.GetAttribute("href") is not { Length: > 1 } target
            || Whitespace.Collapse(link.TextContent) != Whitespace.Collapse(caption.TextContent)
            || IsPictureFile(target))
        {
            return false;
        }

        return figure.Children.Any(child => child != caption && child.LocalName == "a" && child.GetAttribute("href") == target
            && child.QuerySelector("img, picture") is not null);
    }

    private static bool IsPictureFile(string target)
    {
        var path = target.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
    }
}
