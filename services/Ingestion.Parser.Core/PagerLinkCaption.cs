using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/chapters/five"&gt;&lt;p class="footer-caption"&gt;Previous&lt;/p&gt;&lt;p class="chapter-link"&gt;Part 2 - …&lt;/p&gt;&lt;/a&gt;": a
/// book's or a series' pager names the small label over the neighbouring part's title a caption. A link without a picture
/// whose caption-classed label is only "Previous" or "Next" (or "Older", "Newer") points to another page; it captions nothing.
/// </summary>
internal static class PagerLinkCaption
{
    private static readonly WordSet PagerWords = new("previous", "prev", "next", "older", "newer");

    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || caption.Nearest("a") is not { } link || link.SelectFirst("img, picture, video") is not null)
        {
            return false;
        }

        var text = Whitespace.Collapse(caption.TextContent).Trim('«', '»', '‹', '›', '<', '>', '←', '→', ' ');
        return text.Length > 0 && !text.Contains(' ') && PagerWords.Contains(text);
    }
}
