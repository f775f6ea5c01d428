using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="stream-nav"&gt;&lt;li itemscope itemtype="http://schema.org/Article"&gt;&lt;span itemprop="headline"&gt;…&lt;/span&gt;
/// &lt;span itemprop="author"&gt;Name&lt;span class="badge"&gt;Influencer&lt;/span&gt;&lt;/span&gt;&lt;/li&gt;&lt;li itemscope
/// itemtype="…/Article"&gt;…": a rail or story stream marks each teaser card as an article item of its own. A card in a
/// list whose next or previous item is such a card too is no item of the story the page prints, even when the stream's
/// first card links to this story: its author line carries the card's badges glued to the name. The story's own item
/// (the <c>article</c> holding its headline and body) comes after the list in document order; when the page has no item
/// outside such lists, the first card is read as before.
/// </summary>
internal static class TeaserCardArticleItem
{
    /// <summary>Whether an article-typed item is one card of a list of article-typed cards.</summary>
    public static bool Is(IElement item)
    {
        var card = item.LocalName == "li" ? item : item.ParentElement?.Nearest("li");
        if (card is null)
        {
            return false;
        }

        return IsArticleCard(card.PreviousElementSibling) || IsArticleCard(card.NextElementSibling);
    }

    private static bool IsArticleCard(IElement? sibling)
    {
        if (sibling is not { LocalName: "li" })
        {
            return false;
        }

        if (IsArticleItem(sibling))
        {
            return true;
        }

        for (var child = sibling.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (IsArticleItem(child))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArticleItem(IElement element) =>
        element.HasAttribute("itemscope") && element.GetAttribute("itemtype") is { } type
        && (type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal));
}
