using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;a href="/wirtschaft/other-story"&gt;&lt;img&gt;&lt;figcaption&gt;&lt;div&gt;Kicker&lt;/div&gt;&lt;h3&gt;Other headline&lt;/h3&gt;
/// &lt;p&gt;Blurb … Von Name&lt;/p&gt;&lt;/figcaption&gt;&lt;/a&gt;&lt;/figure&gt;": a figure set between two paragraphs whose picture and
/// "caption" are one link to another story, the caption holding that story's headline in a heading, is a teaser for it.
/// Its words describe no picture of this page, so it is neither caption nor text.
/// </summary>
internal static class LinkedTeaserFigure
{
    /// <summary>The teaser to remove when the caption <paramref name="caption"/> is a linked story's headline and blurb, else null.</summary>
    public static IElement? Of(IElement caption)
    {
        if (caption.LocalName != "figcaption" || caption.SelectFirst("h2, h3, h4, h5, h6") is null
            || caption.Nearest("a") is not { } link || link.GetAttribute("href") is not { Length: > 1 } href || IsPictureFile(href)
            || link.SelectFirst("img, picture") is null)
        {
            return null;
        }

        return link.Nearest("figure") ?? link;
    }

    private static bool IsPictureFile(string href)
    {
        var path = href.AsSpan();
        if (path.IndexOfAny('?', '#') is var query and >= 0)
        {
            path = path[..query];
        }

        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
    }
}
