using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ps-promo class="PromoSmall"&gt;… &lt;div class="PromoSmall-title"&gt;&lt;a&gt;Other headline&lt;/a&gt;&lt;/div&gt; &lt;div
/// class="PromoSmall-description"&gt;…&lt;/div&gt;&lt;/ps-promo&gt;": a design system that names its blocks in PascalCase sets a card
/// for another story as a "Promo" block, its size after the word ("PromoSmall", "PromoLarge"), often in a custom element of
/// that name. The noise words are read from class names parted by hyphens and underscores, so "PromoSmall" never showed
/// the word "promo", and the card's category, headline and summary were read as paragraphs, between the text's own and
/// in the "More from …" rail under it. A class token that opens with "Promo" and goes on with a capital, or a custom
/// element whose name has "promo" for a part ("ps-promo"), is such a card: furniture, as a "promo" class is.
/// "Promotion", "Promoted" and "promoCode" are other words: the capital must follow the five letters.
/// Cost: per element the noise pass visits, a scan of its class attribute for "Promo" and of its name for a hyphen.
/// </summary>
internal static class PascalCasePromoCard
{
    private const string Word = "Promo";

    private static readonly WordSet PromoPart = new(["promo"]);

    public static bool Is(IElement element)
    {
        if (element.LocalName.Contains('-') && PromoPart.ContainsNamePart(element.LocalName))
        {
            return true;
        }

        var classes = element.GetAttribute("class").AsSpan();
        for (var at = classes.IndexOf(Word, StringComparison.Ordinal); at >= 0; at = NextAt(classes, at))
        {
            var end = at + Word.Length;
            if ((at == 0 || char.IsWhiteSpace(classes[at - 1])) && end < classes.Length && char.IsUpper(classes[end]))
            {
                // "PromoSmall" itself, not "PromoSmall-title": a part of the card is read with the card.
                var tokenEnd = classes[end..].IndexOfAny(' ', '-', '_');
                if (tokenEnd < 0 || classes[end + tokenEnd] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextAt(ReadOnlySpan<char> classes, int at)
    {
        var next = classes[(at + 1)..].IndexOf(Word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}
