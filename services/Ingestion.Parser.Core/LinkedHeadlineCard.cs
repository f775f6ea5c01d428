using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;p&gt;&lt;a&gt;Digital Life&lt;/a&gt;&lt;/p&gt;&lt;a&gt;&lt;h2&gt;Other headline&lt;/h2&gt;&lt;/a&gt;&lt;a&gt;&lt;p&gt;Its
/// deck.&lt;/p&gt;&lt;/a&gt;&lt;/div&gt;": one card for another story set between or after the text's paragraphs, its
/// picture, section, headline and deck each a link to that story. Every word of it is a link's and its headline a
/// heading inside a link: none of it is the story's text. (<see cref="HeadedLinkBox"/> takes a feed of three such cards
/// under a heading; this is the card alone.) A card whose one link wraps the headline in a plain block with the story's
/// date and thumbnail ("&lt;a&gt;&lt;div&gt;Other headline&lt;/div&gt;&lt;time&gt;Aug. 4, 2016&lt;/time&gt;&lt;img&gt;&lt;/a&gt;") is one too: a
/// date inside a link is another story's. A list item can be such a card ("&lt;li class="teaser"&gt;&lt;a&gt;&lt;figure&gt;&lt;img&gt;
/// &lt;/figure&gt;&lt;div&gt;&lt;span class="headline3"&gt;Other headline&lt;/span&gt;&lt;/div&gt;&lt;/a&gt;&lt;/li&gt;"), three of them closing the text
/// of a magazine's article, each card's one link its picture and headline (TeaserCardListItem, a widening); its picture
/// in a figure goes with the captions before the text is read, so the headline-classed block in its link is the mark.
/// </summary>
internal static class LinkedHeadlineCard
{
    private const int LongestCard = 600;

    public static bool Is(IElement box)
    {
        // A list item's picture in a figure went with the captions before the text is read: its link's headline-classed
        // block marks the card alone (TeaserCardListItem).
        if (box.LocalName is not ("div" or "section" or "article" or "figure" or "aside" or "li")
            || Whitespace.Collapse(box.TextContent) is not { Length: > 0 and < LongestCard }
            || (box.LocalName == "li"
                ? !HeadlineClassedBlockCard.HoldsOne(box)
                : (box.SelectFirst("a h2, a h3, a h4, a h5, a h6, a time") is null && !HeadlineClassedBlockCard.HoldsOne(box)) || box.SelectFirst("a img, a picture") is null))
        {
            return false;
        }

        return box.Descendants<IText>().All(text =>
            text.Data.AsSpan().Trim(" \u00a0\t\r\n|·•»›:-–—").Length == 0
            || text.ParentElement?.Nearest("a") is { } link && box.Contains(link)
            // "Featured" over a promoted card's one link (UnlinkedCardBadge).
            || UnlinkedCardBadge.Holds(box, text));
    }
}
