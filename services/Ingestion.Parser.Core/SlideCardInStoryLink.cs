using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="article-slide--item"&gt;&lt;a href="https://whitepaper.example/guide"&gt;&lt;img alt="Guide"&gt;&lt;span
/// class="article-slide--item-desc"&gt;WHITEPAPER: Guide&lt;/span&gt;&lt;/a&gt;&lt;/div&gt;": a rail's slider of cards for other pages, each
/// card one link holding the thumbnail and the other page's title. Its class names a slide's description, as a slideshow's
/// caption box does (<see cref="SlideshowDescriptionCaption"/>), but the line names the page the link leads to, no picture
/// of the story. A slide description inside a link to a page (not to the picture's own file) that also holds the picture is
/// such a card's title.
/// </summary>
internal static class SlideCardInStoryLink
{
    public static bool Is(IElement description)
    {
        for (var ancestor = description.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "a")
            {
                return ancestor.GetAttribute("href") is { } href && IsPageAddress(href) && ancestor.SelectFirst("img, picture") is not null;
            }
        }

        return false;
    }

    private static bool IsPageAddress(string href)
    {
        var path = href.AsSpan();
        if (path.IndexOfAny('?', '#') is var end and >= 0)
        {
            path = path[..end];
        }

        return path.Length > 1 && !PictureFileName.Is(path);
    }
}
