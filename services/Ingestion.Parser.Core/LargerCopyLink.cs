using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/bilder/4711.html" rel="https://cdn.example/4711/1200.jpg"&gt;&lt;img src="…/300.jpg"&gt;&lt;/a&gt;": a gallery that opens
/// the larger copy of a picture in a lightbox links the thumbnail to that copy, in the link's target or in the <c>rel</c>
/// the lightbox script reads. Such a link leads to the same picture, not to another story or page of the site: the
/// picture stays the article's own, as an unlinked one is.
/// </summary>
internal static class LargerCopyLink
{
    public static bool Is(IElement link) => IsPictureFile(link.GetAttribute("href")) || IsPictureFile(link.GetAttribute("rel"));

    private static bool IsPictureFile(string? target)
    {
        var path = target.AsSpan().Trim();
        if (path.IndexOfAny('?', '#') is var end and >= 0)
        {
            path = path[..end];
        }

        return PictureFileName.Is(path);
    }
}
