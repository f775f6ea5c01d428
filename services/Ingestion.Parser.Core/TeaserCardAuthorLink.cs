using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="block_home_post"&gt;&lt;div class="title"&gt;&lt;a href="/magazine/other-story"&gt;Headline&lt;/a&gt;&lt;/div&gt;
/// &lt;div class="title3"&gt;&lt;a href="/author/name"&gt;Name&lt;/a&gt; / date&lt;/div&gt;&lt;/div&gt;" twice or more in a row: a related-stories
/// box prints a card a story, each with its writer's link. A writer's link inside a card that a sibling card of the same
/// class repeats, the card also holding a link to another page, signs that story, not this one, so the last resort of the
/// byline readers (the first link to a writer's page) passes it by. Co-writers' spans of one byline hold their names only.
/// </summary>
internal static class TeaserCardAuthorLink
{
    /// <summary>How far up from the link a card is looked for.</summary>
    private const int MaxLevels = 4;

    public static bool Is(IElement link)
    {
        var card = link.ParentElement;
        for (var level = 0; level < MaxLevels && card is not null && card.LocalName is not ("body" or "html" or "article" or "main"); level++, card = card.ParentElement)
        {
            if (card.ClassName is { Length: > 0 } cardClass && HoldsOtherLink(card)
                && (IsCardLike(card.PreviousElementSibling, card.LocalName, cardClass) || IsCardLike(card.NextElementSibling, card.LocalName, cardClass)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCardLike(IElement? sibling, string tag, string cardClass) =>
        sibling is not null && sibling.LocalName == tag && string.Equals(sibling.ClassName, cardClass, StringComparison.Ordinal) && HoldsAuthorLink(sibling);

    private static bool HoldsAuthorLink(IElement card)
    {
        foreach (var link in card.GetElementsByTagName("a"))
        {
            if (IsAuthorLink(link))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsOtherLink(IElement card)
    {
        foreach (var link in card.GetElementsByTagName("a"))
        {
            if (!IsAuthorLink(link) && link.GetAttribute("href") is { Length: > 1 } href && href[0] != '#')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAuthorLink(IElement link) =>
        link.GetAttribute("href") is { } href && (href.Contains("/author/", StringComparison.Ordinal) || href.Contains("/authors/", StringComparison.Ordinal));
}
