using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "0 items - $0.00" over "You have no items in your shopping cart.", "0 Artikel - CHF 0.00" over "Sie haben keine Artikel
/// im Warenkorb.": a shop's mini-cart in its header (Magento, Shopware and WooCommerce put the shop's blog under the same
/// header), which a text rendering prints as two lines of their own over the blog post. Read as a headline and a first
/// paragraph, the cart's summary became the post's title. The summary is a count of items beside an amount of money and
/// nothing else; the notice is short, names the reader's cart and says it holds nothing. A story's "Shoppers left their
/// carts in the aisles." names no cart of the reader's, and "3 items - what to pack" holds no amount.
/// </summary>
internal static class MiniCartLine
{
    private const int LongestNotice = 90;

    private static readonly SearchValues<string> Cart = SearchValues.Create(
        ["your cart", "your shopping cart", "your basket", "your shopping bag", "your bag", "im warenkorb", "ihr warenkorb", "dein warenkorb", "ihrem warenkorb",
         "votre panier", "tu carrito", "su carrito", "il tuo carrello", "uw winkelwagen", "je winkelwagen", "seu carrinho"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Nothing = SearchValues.Create(
        ["no items", "is empty", "keine artikel", "ist leer", "est vide", "aucun article", "está vacío", "è vuoto", "is leeg", "geen artikelen", "está vazio"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet ItemWords = new(
        ["item", "items", "artikel", "produkt", "produkte", "article", "articles", "produit", "produits", "artículo", "artículos", "articolo", "articoli", "product", "producten", "artikelen", "itens"]);

    private static readonly WordSet Currencies = new(["chf", "eur", "usd", "gbp", "fr.", "sfr.", "€", "$", "£"]);

    private static readonly string[] Dashes = [" - ", " – ", " | ", " / "];

    public static bool Is(ReadOnlySpan<char> text) => IsEmptyNotice(text) || IsSummary(text);

    private static bool IsEmptyNotice(ReadOnlySpan<char> text) =>
        text.Length is > 10 and <= LongestNotice && text.ContainsAny(Cart) && text.ContainsAny(Nothing);

    /// <summary>"0 Artikel - CHF 0.00", "2 items – 45,90 €", "1 item | $12.00".</summary>
    private static bool IsSummary(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > 40 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        foreach (var dash in Dashes)
        {
            var at = text.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0)
            {
                return IsCount(text[..at]) && IsAmount(text[(at + dash.Length)..].Trim());
            }
        }

        return false;
    }

    /// <summary>"0 Artikel", "12 items".</summary>
    private static bool IsCount(ReadOnlySpan<char> part)
    {
        var space = part.IndexOf(' ');
        return space > 0 && space <= 4 && Words.AreAllDigits(part[..space]) && ItemWords.Contains(part[(space + 1)..].Trim());
    }

    /// <summary>"CHF 0.00", "$0.00", "45,90 €": a currency beside a number with two decimals.</summary>
    private static bool IsAmount(ReadOnlySpan<char> part)
    {
        var digits = part.IndexOfAnyInRange('0', '9');
        if (digits < 0)
        {
            return false;
        }

        var end = digits;
        while (end < part.Length && (char.IsAsciiDigit(part[end]) || part[end] is '.' or ',' or '\''))
        {
            end++;
        }

        var number = part[digits..end];
        var currency = Whitespace.Collapse(part[..digits].ToString() + part[end..].ToString()).Trim();
        return number.Length >= 4 && number[^3] is '.' or ',' && Currencies.Contains(currency);
    }
}
