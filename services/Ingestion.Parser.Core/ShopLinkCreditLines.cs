using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Kette: &lt;a href="https://shop.example/…"&gt;Nordlicht&lt;/a&gt;", "Armband: &lt;a …&gt;Velora&lt;/a&gt;": a fashion or
/// beauty blog lists what is worn, each piece's name, a colon and a link to the shop that sells it. A label and one link
/// is a teaser's shape ("READ: headline"), but a teaser points to a story of the same site, its link the story's
/// headline; a credit points away to a shop, its link a brand's name of a few words, and comes with others of its kind.
/// Such lines are the writer's, and stay.
/// </summary>
internal static class ShopLinkCreditLines
{
    private const int MaxLabelWords = 3;

    private const int MaxBrandWords = 4;

    /// <summary>The paragraphs of <paramref name="root"/> that are shop credits, when it holds at least two of them.</summary>
    public static HashSet<IElement> In(IElement root)
    {
        var host = PageHost(root.Owner);
        var credits = new HashSet<IElement>();
        if (host is null)
        {
            return credits;
        }

        foreach (var paragraph in root.SelectAll("p"))
        {
            if (Is(paragraph, host))
            {
                credits.Add(paragraph);
            }
        }

        if (credits.Count < 2)
        {
            credits.Clear();
        }

        return credits;
    }

    private static bool Is(IElement paragraph, string host)
    {
        var links = paragraph.SelectAll("a");
        if (links.Length != 1 || links[0].GetAttribute("href") is not { } href
            || !Uri.TryCreate(href, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https") || SameSite(target.Host, host))
        {
            return false;
        }

        var text = Whitespace.Collapse(paragraph.TextContent);
        var brand = Whitespace.Collapse(links[0].TextContent);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return brand.Length > 0 && Words.Count(brand) <= MaxBrandWords && colon > 0 && text.EndsWith(brand, StringComparison.Ordinal)
            && colon + 2 == text.Length - brand.Length
            && Words.Count(text.AsSpan(0, colon)) <= MaxLabelWords && char.IsUpper(text[0]) && !BoilerplateFilter.IsRelatedHeading(text[..(colon + 1)]);
    }

    private static string? PageHost(IDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        foreach (var address in PageAddress.Of(document))
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                return uri.Host;
            }
        }

        return null;
    }

    private static bool SameSite(string a, string b) =>
        string.Equals(WithoutWww(a), WithoutWww(b), StringComparison.OrdinalIgnoreCase)
        || a.EndsWith("." + WithoutWww(b), StringComparison.OrdinalIgnoreCase) || b.EndsWith("." + WithoutWww(a), StringComparison.OrdinalIgnoreCase);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
