using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article class="press-release"&gt;&lt;span class="badge"&gt;Featured&lt;/span&gt;&lt;a href="/other/"&gt;&lt;div&gt;&lt;img&gt;&lt;/div&gt;
/// &lt;span class="title"&gt;Other headline&lt;/span&gt;&lt;/a&gt;&lt;/article&gt;": a promoted card set between a story's paragraphs opens
/// with an unlinked badge ("Featured", "Sponsored", "Partner content") over its one link to the other story. The badge
/// is the card's own label, as a linked kicker is (<see cref="LinkedHeadlineCard"/>), not a word of the text. Only the
/// card's first element, holding no link, of at most three words and 24 characters that end in no sentence stop, counts.
/// </summary>
internal static class UnlinkedCardBadge
{
    private const int LongestBadge = 24;
    private const int MostWords = 3;

    /// <summary>Whether <paramref name="text"/> lies in the badge opening <paramref name="card"/>.</summary>
    public static bool Holds(IElement card, IText text)
    {
        if (card.FirstElementChild is not { LocalName: "span" or "div" or "p" } badge || text.ParentElement is not { } parent
            || (parent != badge && !badge.Contains(parent)) || badge.SelectFirst("a") is not null)
        {
            return false;
        }

        var label = Whitespace.Collapse(badge.TextContent);
        return label.Length is > 0 and <= LongestBadge && Words.Count(label) <= MostWords && label[^1] is not ('.' or '!' or '?' or ':');
    }
}
