using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="next-articles"&gt;&lt;div class="story"&gt;&lt;div class="story-content"&gt;&lt;a&gt;&lt;img&gt;&lt;h3&gt;Other
/// headline&lt;/h3&gt;&lt;/a&gt;&lt;p&gt;Its summary.&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class="story"&gt;…": a content-root class
/// ("story-content") that names, on this template, each card of a "Next In …" strip under the text, while the story's own
/// paragraphs stand in an element no root selector names. The first match is then a card — a linked headline over a
/// summary — with a sibling card of the same tag and class beside it (or beside its holder); it is no content root, and
/// the root is looked for as if it did not match. A story's text holds no linked headline with its twin beside it.
/// </summary>
internal static class StoryCardCandidate
{
    /// <summary>Longest card: a headline and a two- or three-sentence summary.</summary>
    private const int LongestCard = 800;

    private const string LinkedHeading = "a h2, a h3, a h4, h2 a, h3 a, h4 a";

    public static bool Is(IElement candidate)
    {
        if (NodeText.IsLongerThan(candidate, LongestCard) || candidate.SelectFirst(LinkedHeading) is null)
        {
            return false;
        }

        // The card itself, or the box that holds it ("div.story" > "div.story-content"), repeated beside it.
        return HasTwin(candidate) || (candidate.ParentElement is { } holder && holder.LocalName is not ("body" or "html") && HasTwin(holder));
    }

    private static bool HasTwin(IElement card)
    {
        if (card.GetAttribute("class") is not { Length: > 0 } className)
        {
            return false;
        }

        return IsTwin(card.PreviousElementSibling, card.LocalName, className) || IsTwin(card.NextElementSibling, card.LocalName, className);
    }

    private static bool IsTwin(IElement? sibling, string localName, string className) =>
        sibling is not null && sibling.LocalName == localName && sibling.GetAttribute("class") == className && sibling.SelectFirst(LinkedHeading) is not null;
}
