using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="gp-post-item"&gt;&lt;h2&gt;&lt;a href="/the-day-before/"&gt;The Day Before&lt;/a&gt;&lt;/h2&gt;&lt;span&gt;Genre: &lt;a
/// href="/genre/online-shooter/" rel="tag"&gt;Shooter&lt;/a&gt;&lt;/span&gt;&lt;/section&gt;" in the rail: a teaser card for another post shows
/// that post's terms, marked rel="tag" as the story's own are. The card's headline links to the other post; the first
/// heading round the tag link, walking out, is the card's. A headline linking to the page itself (a theme that links
/// the story's own title) or a heading with no link (the story's headline, a crosshead, a "Tags" label) leaves the link
/// a tag. Cost: only for rel="tag" links, a few levels up, each a bounded look for a heading.
/// </summary>
internal static class TagLinkInTeaserCard
{
    /// <summary>How far out from the link a card's box may lie: a card's meta row sits a few levels under it.</summary>
    private const int DeepestCard = 5;

    /// <summary>Elements looked at in one box before it is taken for no card: a card is small.</summary>
    private const int LargestCard = 120;

    /// <summary>Whether <paramref name="link"/> sits in a card whose headline links to another page than <paramref name="page"/>.</summary>
    public static bool Is(IElement link, IReadOnlyList<string> page)
    {
        if (page.Count == 0)
        {
            return false;
        }

        var box = link.ParentElement;
        for (var level = 0; box is not null && level < DeepestCard && box.LocalName is not ("body" or "main"); level++, box = box.ParentElement)
        {
            var (heading, tooLarge) = FirstHeading(box);
            if (tooLarge)
            {
                return false;
            }

            if (heading is not null)
            {
                return FirstLink(heading)?.GetAttribute("href") is { Length: > 0 } target && target[0] != '#' && !PageAddress.IsOneOf(target, page);
            }
        }

        return false;
    }

    /// <summary>The box's first heading in document order, or that the box is larger than a card.</summary>
    private static (IElement? Heading, bool TooLarge) FirstHeading(IElement box)
    {
        var seen = 0;
        foreach (var element in box.Descendants<IElement>())
        {
            if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return (element, false);
            }

            if (++seen > LargestCard)
            {
                return (null, true);
            }
        }

        return (null, false);
    }

    private static IElement? FirstLink(IElement heading)
    {
        foreach (var element in heading.Descendants<IElement>())
        {
            if (element.LocalName == "a")
            {
                return element;
            }
        }

        return heading.ParentElement?.LocalName == "a" ? heading.ParentElement : null;
    }
}
