using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;hr&gt;&lt;h3&gt;&lt;a href="/social/other-story"&gt;Headline&lt;/a&gt;&lt;/h3&gt;&lt;div class="wp-block-image"&gt;&lt;figure&gt;&lt;a
/// href="/social/other-story"&gt;&lt;img&gt;&lt;/a&gt;&lt;figcaption&gt;© Name – Unsplash&lt;/figcaption&gt;&lt;/figure&gt;&lt;/div&gt;" closing a
/// WordPress post: a card for another story built from editor blocks, its heading and its picture both one link to that
/// story. The heading is the other story's headline, no crosshead of this text. A heading that is one link and nothing
/// else, right over a box whose picture links to the same page and which holds no more words than a caption, is such a card;
/// both go before the figures are read as captions, the thumbnail's credit with them, as a read-on card's goes (<see cref="ReadOnTeaserCard"/>).
/// </summary>
internal static class LinkedHeadingOverLinkedPicture
{
    /// <summary>Most words a card's picture box holds besides the picture: a caption and its credit.</summary>
    private const int LongestPictureBoxText = 200;

    public static void Remove(IElement root)
    {
        List<IElement>? cards = null;
        foreach (var heading in root.SelectAll("h2, h3, h4, h5, h6"))
        {
            if (OnlyLinkTarget(heading) is { } target && heading.NextElementSibling is { } box && PictureLinksTo(box, target))
            {
                (cards ??= []).Add(heading);
            }
        }

        if (cards is null)
        {
            return;
        }

        foreach (var heading in cards)
        {
            heading.NextElementSibling?.Remove();
            heading.Remove();
        }
    }

    /// <summary>The page a heading links to when one link with a page address is all it holds.</summary>
    private static string? OnlyLinkTarget(IElement heading) =>
        heading.ChildElementCount == 1 && heading.FirstElementChild is { LocalName: "a" } link && link.GetAttribute("href") is { Length: > 1 } href && href[0] != '#'
        && Whitespace.Collapse(link.TextContent) is { Length: > 0 } words && words == Whitespace.Collapse(heading.TextContent) ? href : null;

    private static bool PictureLinksTo(IElement box, string target)
    {
        if (box.LocalName is not ("figure" or "div" or "p") || Whitespace.Collapse(box.TextContent).Length > LongestPictureBoxText)
        {
            return false;
        }

        foreach (var link in box.SelectAll("a[href]"))
        {
            if (link.GetAttribute("href") == target && link.SelectFirst("img, picture") is not null)
            {
                return true;
            }
        }

        return false;
    }
}
