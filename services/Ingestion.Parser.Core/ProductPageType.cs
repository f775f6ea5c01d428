namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:type" content="product"&gt;" with "&lt;meta name="author" content="Jan Roth, Mia Falk webshop, Germany"&gt;": a
/// shop's product page, whose author meta credits the people who built the shop's template. A product is sold, not
/// written: the page names no writer, whatever that meta says.
/// </summary>
internal static class ProductPageType
{
    public static bool Is(string? openGraphType) =>
        openGraphType is not null && openGraphType.AsSpan().Trim() is var type
        && (type.Equals("product", StringComparison.OrdinalIgnoreCase) || type.StartsWith("product.", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("og:product", StringComparison.OrdinalIgnoreCase));
}
