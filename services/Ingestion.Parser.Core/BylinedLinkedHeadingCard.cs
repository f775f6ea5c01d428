using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="card"&gt;&lt;div&gt;&lt;a href="/section"&gt;Tech&lt;/a&gt;&lt;/div&gt;&lt;h3&gt;&lt;a href="/other"&gt;Other headline&lt;/a&gt;&lt;/h3&gt;
/// &lt;div&gt;Writer Name&lt;/div&gt;&lt;time datetime="2020-02-15"&gt;02.15.20&lt;/time&gt;&lt;a href="/other"&gt;&lt;picture&gt;…&lt;/picture&gt;&lt;/a&gt;&lt;/div&gt;":
/// one card for another story set between the text's paragraphs, its headline a heading whose words are one link, its
/// thumbnail a link to the same story, and its writer and date plain words beside them. <see cref="LinkedHeadlineCard"/>
/// wants every word inside a link; here the byline and the date are not, but a heading and a picture that both lead to one
/// other address, with a date and no more than a byline of loose words, are a card and no text. A story's own blocks carry
/// no heading linked to the same address as a picture beside a date.
/// Cost: one walk up from each time element of the text's box, and one walk over the few boxes it passes.
/// </summary>
internal static class BylinedLinkedHeadingCard
{
    /// <summary>A section, a headline, a writer and a date; a card with a deck of its own is longer and left alone.</summary>
    private const int LongestCard = 400;

    /// <summary>"Madeleine Gregory 02.15.20": a writer's name and a date, the words of the card outside its links.</summary>
    private const int LongestLooseText = 60;

    /// <summary>The card's box is a few wrappers above its date.</summary>
    private const int MaxLevelsAboveTime = 4;

    public static void Remove(IElement root)
    {
        List<IElement>? cards = null;
        foreach (var time in root.GetElementsByTagName("time"))
        {
            var box = time.ParentElement;
            for (var level = 0; box is not null && box != root && level < MaxLevelsAboveTime; level++, box = box.ParentElement)
            {
                if (box.LocalName is "div" or "section" or "article" or "aside" && IsCard(box))
                {
                    cards ??= [];
                    cards.Add(box);
                    break;
                }
            }
        }

        if (cards is null)
        {
            return;
        }

        foreach (var card in cards)
        {
            if (root.Contains(card))
            {
                card.Remove();
            }
        }
    }

    private static bool IsCard(IElement box)
    {
        string? headlineAddress = null;
        string? pictureAddress = null;
        var headings = 0;
        var looseText = 0;
        var allText = 0;
        foreach (var node in box.GetDescendants())
        {
            if (node is IElement element)
            {
                if (element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    headings++;
                    headlineAddress = OneLinkAddress(element);
                }
                else if (element.LocalName is "img" or "picture" && LinkWithin(element, box) is { } pictureLink)
                {
                    pictureAddress ??= pictureLink.GetAttribute("href");
                }
                else if (element.LocalName is "p" or "ul" or "ol" or "blockquote" or "figcaption")
                {
                    // A paragraph, a list or a caption of its own is a box with words, not a bare card.
                    if (LinkWithin(element, box) is null)
                    {
                        return false;
                    }
                }

                continue;
            }

            if (node is not IText text)
            {
                continue;
            }

            var words = text.Data.AsSpan().Trim(" \u00a0\t\r\n|·•»›:-–—").Length;
            allText += words;
            if (words > 0 && (text.ParentElement is not { } parent || LinkWithin(parent, box) is null))
            {
                looseText += words;
            }

            if (allText > LongestCard || looseText > LongestLooseText)
            {
                return false;
            }
        }

        return headings == 1 && headlineAddress is { Length: > 0 } && headlineAddress == pictureAddress;
    }

    /// <summary><paramref name="element"/> itself or its nearest ancestor that is a link, up to <paramref name="box"/>; null where none is.</summary>
    private static IElement? LinkWithin(IElement element, IElement box)
    {
        for (IElement? candidate = element; candidate is not null && candidate != box; candidate = candidate.ParentElement)
        {
            if (candidate.LocalName == "a")
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The address of the one link that holds all of <paramref name="heading"/>'s words; null where it is none.</summary>
    private static string? OneLinkAddress(IElement heading)
    {
        if (heading.Children is not [{ LocalName: "a" } link])
        {
            return null;
        }

        foreach (var node in heading.ChildNodes)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return null;
            }
        }

        return link.GetAttribute("href");
    }
}
