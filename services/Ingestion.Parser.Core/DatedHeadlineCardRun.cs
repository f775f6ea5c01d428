using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="news-post"&gt;&lt;div class="date"&gt;20:17 January 28, 2025&lt;/div&gt;&lt;div class="h2"&gt;&lt;a href="/other/"&gt;Other
/// headline&lt;/a&gt;&lt;/div&gt;&lt;p&gt;Its excerpt…&lt;/p&gt;&lt;/div&gt;&lt;div class="news-post"&gt;…": a theme appends a feed of posts inside
/// the article element the text is read from, each card a date, a headline that is one link, and one paragraph of
/// excerpt, with no picture and no heading element (so neither <see cref="LinkedHeadlineCard"/> nor
/// <see cref="HeadedLinkBox"/> knows it). Two or more such cards side by side, of one tag and class, are a feed and no
/// text; the first card may be the story itself, its excerpt the text's opening word for word. Read over the whole page
/// before the furniture goes: the card's date sits in a row classed as tags, which the noise removes first. A story's own
/// blocks carry no dated linked headline each, and a comment (read before) holds its text in more than one paragraph or
/// under a name of fewer words.
/// Cost: a class comparison with the next sibling for every element of the page; the card test only for twins.
/// </summary>
internal static class DatedHeadlineCardRun
{
    /// <summary>A date, a headline and an excerpt of a few sentences (the story's own opening, when the card is the story's).</summary>
    private const int LongestCard = 1500;

    /// <summary>"20:17 January 28, 2025", "Tuesday, 12 March 2013 14:05": a date line, not a sentence holding a date.</summary>
    private const int LongestDate = 40;

    private const int MinHeadlineWords = 3;

    private const int MinCards = 2;

    public static void Remove(IElement root)
    {
        List<IElement>? cards = null;
        Collect(root, ref cards);
        if (cards is null)
        {
            return;
        }

        foreach (var card in cards)
        {
            card.Remove();
        }
    }

    private static void Collect(IElement parent, ref List<IElement>? cards)
    {
        var child = parent.FirstElementChild;
        while (child is not null)
        {
            var runLength = RunLength(child);
            if (runLength >= MinCards)
            {
                cards ??= [];
                for (var i = 0; i < runLength; i++)
                {
                    cards.Add(child!);
                    child = child!.NextElementSibling;
                }

                continue;
            }

            Collect(child, ref cards);
            child = child.NextElementSibling;
        }
    }

    /// <summary>How many cards of one tag and class stand in a row from <paramref name="first"/>; 0 where it is none.</summary>
    private static int RunLength(IElement first)
    {
        if (first.GetAttribute("class") is not { Length: > 0 } className || !IsTwin(first.NextElementSibling, first.LocalName, className))
        {
            return 0;
        }

        var length = 0;
        for (var card = first; card is not null && IsTwin(card, first.LocalName, className); card = card.NextElementSibling)
        {
            if (!IsCard(card))
            {
                break;
            }

            length++;
        }

        return length;
    }

    private static bool IsTwin(IElement? element, string localName, string className) =>
        element is not null && element.LocalName == localName && element.GetAttribute("class") == className;

    private static bool IsCard(IElement card)
    {
        if (NodeText.IsLongerThan(card, LongestCard))
        {
            return false;
        }

        var parts = new CardParts();
        Read(card, ref parts);
        return parts is { HeadlineLinks: 1, Dates: > 0, Paragraphs: 1, HeadingsOrPictures: 0 };
    }

    private static void Read(IElement element, ref CardParts parts)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            switch (child.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "img" or "picture" or "figure":
                    // A heading or a picture makes it a card the other rules know, or no card of this shape.
                    parts.HeadingsOrPictures++;
                    continue;
                case "a":
                    if (IsHeadlineLink(child))
                    {
                        parts.HeadlineLinks++;
                    }

                    continue;
                case "p":
                    parts.Paragraphs++;
                    break;
            }

            if (child.FirstElementChild is null)
            {
                if (IsDate(child.TextContent))
                {
                    parts.Dates++;
                }

                continue;
            }

            Read(child, ref parts);
        }
    }

    /// <summary>A link of a few words that is all its block shows: the card's headline, not a link inside a sentence.</summary>
    private static bool IsHeadlineLink(IElement link)
    {
        var text = link.TextContent.AsSpan().Trim();
        return Words.CountUpTo(text, MinHeadlineWords) >= MinHeadlineWords
            && link.ParentElement is { } block && block.TextContent.AsSpan().Trim().Length == text.Length;
    }

    private static bool IsDate(string text)
    {
        var date = text.AsSpan().Trim();
        return date.Length is > 0 and <= LongestDate && Words.HasDigit(date) && DateLineParser.TryParseLine(date, out var time) && time.Date is not null;
    }

    private struct CardParts
    {
        public int HeadlineLinks;
        public int Dates;
        public int Paragraphs;
        public int HeadingsOrPictures;
    }
}
