using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="HorizontalCard" href="/articles/other-story"&gt;&lt;div&gt;&lt;div&gt;Read next&lt;/div&gt;&lt;h3&gt;Other headline&lt;/h3&gt;
/// &lt;div&gt;Its deck.&lt;/div&gt;&lt;/div&gt;&lt;figure&gt;&lt;img&gt;&lt;/figure&gt;&lt;/a&gt;" under a story's last paragraph: one link around another
/// story's headline, deck and thumbnail figure is a card for that story. Its figure would be read as a caption and go
/// before the headed boxes are looked at, leaving the headline and deck without a picture, no card to
/// <see cref="LinkedHeadlineCard"/>, and the deck a paragraph. The link goes whole first, as a read-on card does
/// (<see cref="ReadOnTeaserCard"/>). Only a short link (under 600 characters) holding a heading (h2–h6) and a figure with a
/// picture and a deck beside the headline counts, and only one to another page: a link to the page itself, or one around
/// the page's h1, stays, and so does a card in a row of such cards, which goes with its row's box.
/// Cost: one compiled query for figures inside links; the rest only for those.
/// </summary>
internal static class HeadlineAndFigureInOneLink
{
    private const int LongestCard = 600;

    private const int MostLevels = 3;

    /// <summary>Words besides the headline that make a deck: more than a label's ("Read next", "Mehr zum Thema").</summary>
    private const int FewestDeckWords = 5;

    private const int MostCountedWords = 120;

    public static void Remove(IElement root, IDocument document)
    {
        List<IElement>? cards = null;
        IReadOnlyList<string>? ownAddresses = null;
        foreach (var figure in root.SelectAll("a[href] figure"))
        {
            if (figure.SelectFirst("img, picture") is null || figure.Nearest("a") is not { } link || cards?.Contains(link) == true
                || link.GetAttribute("href") is not { Length: > 1 } target || target[0] == '#'
                || NodeText.IsLongerThan(link, LongestCard * 2) || ShownLength.Of(link.TextContent) > LongestCard
                || link.SelectFirst("h2, h3, h4, h5, h6") is not { } heading || link.SelectFirst("h1") is not null || !HoldsDeck(link, heading))
            {
                continue;
            }

            ownAddresses ??= PageAddress.Of(document);
            if (!PageAddress.IsOneOf(target, ownAddresses) && !InRowOfCards(link))
            {
                (cards ??= []).Add(link);
            }
        }

        if (cards is null)
        {
            return;
        }

        foreach (var card in cards)
        {
            card.Remove();
        }
    }

    /// <summary>
    /// "Read next" / headline / "The sad end of a hopeful creature.": words beside the headline beyond a label's few, the
    /// card's deck, which would stand as a paragraph once the figure goes. A card of a label and a headline alone ("Mehr zum
    /// Thema" / headline) leaves nothing of the kind and is left to the readers of labels and linked headlines.
    /// </summary>
    private static bool HoldsDeck(IElement link, IElement heading) =>
        Words.CountUpTo(link.TextContent, MostCountedWords) - Words.CountUpTo(heading.TextContent, MostCountedWords) >= FewestDeckWords;

    /// <summary>
    /// A card beside others of its kind within three levels: a row of teasers under a heading, which the headed boxes take
    /// whole with their label (<see cref="HeadedLinkBox"/>); taking its cards one by one first would leave the label and the
    /// box's other blocks behind.
    /// </summary>
    private static bool InRowOfCards(IElement link)
    {
        var box = link.ParentElement;
        for (var level = 0; level < MostLevels && box is not null && box.LocalName is not ("body" or "article" or "main"); level++, box = box.ParentElement)
        {
            if (box.SelectAll("a[href] figure").Length > 1)
            {
                return true;
            }
        }

        return false;
    }
}
