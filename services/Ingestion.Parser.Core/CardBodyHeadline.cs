using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="teaser-head"&gt;&lt;a href="/2019/4/other.html"&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;div class="teaser-body"&gt;&lt;div&gt;Kicker&lt;/div&gt;
/// &lt;h4&gt;&lt;a href="/2019/4/other.html"&gt;Headline&lt;/a&gt;&lt;/h4&gt;&lt;p&gt;Its first words...&lt;/p&gt;&lt;div&gt;Von Name&lt;/div&gt;&lt;/div&gt;": a "read
/// also" card sets the other story's kicker, linked headline, opening and byline in a box of their own under its
/// thumbnail. The box is that story's card, no caption of the picture (its byline is no credit), as the headline alone
/// under a thumbnail is none (<see cref="TeaserCardCaption.IsHeadlineUnder"/>, whose widening this is): the heading's
/// link is asked to go where the picture's link goes. Cost: one heading looked for inside the short box under a picture.
/// </summary>
internal static class CardBodyHeadline
{
    /// <summary>A card's length: a kicker, a headline, a line of its opening and a byline.</summary>
    private const int LongestCard = 600;

    /// <summary>The link of the heading inside the box under a picture, when the heading is that link alone; else null.</summary>
    public static IElement? Of(IElement below)
    {
        if (NodeText.IsLongerThan(below, LongestCard) || below.SelectFirst("h2, h3, h4, h5") is not { } heading
            || heading.Children is not [{ LocalName: "a" } link])
        {
            return null;
        }

        return Whitespace.Collapse(link.TextContent) == Whitespace.Collapse(heading.TextContent) ? link : null;
    }
}
