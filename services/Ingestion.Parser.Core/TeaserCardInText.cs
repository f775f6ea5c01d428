using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="ArticleCopy"&gt;&lt;p&gt;…&lt;/p&gt;&lt;article class="ArticleRelated"&gt;&lt;img&gt;&lt;div&gt;Mehr zum Thema&lt;/div&gt;&lt;a href="/other"&gt;
/// &lt;h4&gt;Other headline&lt;/h4&gt;&lt;p&gt;Its summary …&lt;/p&gt;&lt;/a&gt;&lt;/article&gt;&lt;p&gt;…": a trade paper sets a card for another story
/// between the text's paragraphs as an article element of its own, its headline a link there (<see cref="TeaserCardArticle"/>).
/// Inside the text's box such a card is no part of the text: its summary was read as a paragraph. Only a card far shorter
/// than the text around it goes, so a box that is a list of short posts keeps them.
/// </summary>
internal static class TeaserCardInText
{
    public static void Remove(IElement root)
    {
        var cards = root.GetElementsByTagName("article").Where(TeaserCardArticle.Is).ToList();
        if (cards.Count == 0)
        {
            return;
        }

        var rootLength = ShownLength.Of(root.TextContent);
        foreach (var card in cards)
        {
            if (ShownLength.Of(card.TextContent) * 4 < rootLength)
            {
                card.Remove();
            }
        }
    }
}
