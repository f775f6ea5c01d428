using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A byline or time in another story's card. News fronts stack "latest" carousels and story cards (each a linked
/// headline over "By Name" and a time) above the story, whose own h1 heads the block that holds its byline and time:
/// the first byline or time in the page is then a card's. The card is the nearest block holding a heading; it is another
/// story's where it does not hold the page's shown headline and its heading links away; for a byline the heading must
/// also read as a headline (four words or more), where a writer card's heading is the writer's linked name, while a
/// card's time may head a gallery ("October 2016"). Off where no h1 shows the title.
/// </summary>
internal static class OtherStoryCard
{
    private const string AnyHeading = "h1, h2, h3, h4, h5, h6";

    private const int BylineCardHeadingWords = 4;

    /// <summary>The h1 whose words are the title, or null where none is.</summary>
    public static IElement? ShownHeadline(List<IElement> h1s, string? title)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var h1 in h1s)
        {
            if (string.Equals(Whitespace.Collapse(h1.TextContent), title, StringComparison.OrdinalIgnoreCase))
            {
                return h1;
            }
        }

        return null;
    }

    public static bool HoldsByline(IElement byline, IElement? headline) => Holds(byline, headline, BylineCardHeadingWords);

    public static bool HoldsTime(IElement time, IElement? headline) => Holds(time, headline, 1);

    private static bool Holds(IElement element, IElement? headline, int headingWords)
    {
        if (headline is null)
        {
            return false;
        }

        for (var holder = element.ParentElement; holder is not null && holder.LocalName is not ("body" or "html"); holder = holder.ParentElement)
        {
            if (holder.Contains(headline))
            {
                return false;
            }

            if (holder.SelectFirst(AnyHeading) is { } heading)
            {
                return !heading.Contains(element)
                    && (heading.SelectFirst("a[href]") is not null || heading.Nearest("a[href]") is not null)
                    && Words.CountUpTo(heading.TextContent, headingWords) >= headingWords;
            }
        }

        return false;
    }
}
