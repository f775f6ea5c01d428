using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/2017/01/24/…/index.html"&gt;&lt;figure&gt;&lt;img …&gt;&lt;/figure&gt;&lt;figcaption&gt;Will the U.S. and Canada …&lt;/figcaption&gt;&lt;/a&gt;":
/// a menu's or a rail's teaser, picture and headline one link to another story, marks the headline as a caption. A
/// caption explains the picture beside it; it is not the link to the page the picture stands for. A link to the picture
/// itself (a larger copy) keeps its caption, and so does a caption in another element inside such a link (Plone's
/// "&lt;a href="…/image_view_fullscreen"&gt;&lt;img&gt;&lt;p class="discreet"&gt;caption&lt;/p&gt;&lt;/a&gt;"): only a
/// <c>figcaption</c>, a teaser card's markup, is read so.
/// </summary>
internal static class MenuTeaserCaption
{
    private static readonly string[] PictureFiles = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    public static bool Is(IElement caption)
    {
        if (caption.LocalName != "figcaption" || caption.Closest("a[href]") is not { } link || link.SelectFirst("img, picture") is null)
        {
            return false;
        }

        var href = link.GetAttribute("href") ?? string.Empty;
        var end = href.IndexOfAny(['?', '#']);
        var path = end >= 0 ? href.AsSpan(0, end) : href.AsSpan();
        if (path.IsEmpty)
        {
            return false;
        }

        foreach (var extension in PictureFiles)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
