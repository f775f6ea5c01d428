using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h4&gt;&lt;span&gt;You May Also Like&lt;/span&gt;&lt;/h4&gt;" over "&lt;div class="grid"&gt;&lt;div class="card"&gt;&lt;h3&gt;Travel&lt;/h3&gt;&lt;a href="/other/"&gt;&lt;h2&gt;Other
/// headline&lt;/h2&gt;&lt;/a&gt;&lt;p&gt;Its excerpt…&lt;/p&gt;&lt;div&gt;Name · March 3, 2021&lt;/div&gt;&lt;/div&gt;…": a theme closes the article element the text is
/// read from with a related-posts block, a heading the parser knows as a related list's over a box of cards, each a
/// section label, a headline that is one link, an excerpt and a byline. The cards' words outside their links (label,
/// excerpt, writer, date) keep <see cref="HeadedLinkBox"/> and <see cref="LinkedHeadlineCard"/> from knowing them, and
/// read as lines they were body paragraphs under the dropped heading. The box right after such a heading (or after the
/// wrapper the heading closes, up to three levels) whose children, two or more, each hold one linked headline and few
/// words goes, cards and all. Cost: once per page with a content root, one pass over its h2–h6 elements; the card test
/// only under a related heading.
/// </summary>
internal static class RelatedHeadingOverCards
{
    private const int MaxLevelsAboveHeading = 3;

    private const int MinCards = 2;

    /// <summary>A label, a headline, an excerpt of two sentences and a byline.</summary>
    private const int LongestCard = 700;

    private static readonly string[] HeadingTags = ["h2", "h3", "h4", "h5", "h6"];

    public static void Remove(IElement root)
    {
        List<IElement>? boxes = null;
        foreach (var tag in HeadingTags)
        {
            foreach (var heading in root.GetElementsByTagName(tag))
            {
                if (CardBoxUnder(heading, root) is { } box)
                {
                    boxes ??= [];
                    boxes.Add(box);
                }
            }
        }

        if (boxes is null)
        {
            return;
        }

        foreach (var box in boxes)
        {
            if (root.Contains(box))
            {
                box.Remove();
            }
        }
    }

    private static IElement? CardBoxUnder(IElement heading, IElement root)
    {
        var text = heading.TextContent;
        if (text.Length > 80 || !BoilerplateFilter.IsRelatedHeading(Whitespace.Collapse(text)))
        {
            return null;
        }

        var above = heading;
        for (var level = 0; level <= MaxLevelsAboveHeading && above is not null && above != root; level++, above = above.ParentElement)
        {
            if (above.NextElementSibling is { } next)
            {
                return IsCardBox(next) ? next : null;
            }
        }

        return null;
    }

    private static bool IsCardBox(IElement box)
    {
        var cards = 0;
        foreach (var child in box.Children)
        {
            if (!IsCard(child))
            {
                return false;
            }

            cards++;
        }

        return cards >= MinCards;
    }

    private static bool IsCard(IElement card)
    {
        var text = card.TextContent;
        if (text.Length > LongestCard * 2 || Whitespace.Collapse(text).Length > LongestCard)
        {
            return false;
        }

        var linkedHeadlines = 0;
        foreach (var tag in HeadingTags)
        {
            foreach (var heading in card.GetElementsByTagName(tag))
            {
                if (IsLinked(heading, card))
                {
                    linkedHeadlines++;
                }
            }
        }

        return linkedHeadlines == 1;
    }

    /// <summary>A heading inside a link of the card, or one whose words are all one link's.</summary>
    private static bool IsLinked(IElement heading, IElement card)
    {
        for (var ancestor = heading.ParentElement; ancestor is not null && ancestor != card; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "a")
            {
                return true;
            }
        }

        if (heading.Children is not [{ LocalName: "a" } link])
        {
            return false;
        }

        return link.TextContent.AsSpan().Trim().Length == heading.TextContent.AsSpan().Trim().Length;
    }
}
