using System.Text.Json;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// &lt;script type="application/ld+json"&gt;[{"@type":"Organization","url":"https://www.shop.example/","name":"Shopname AG",…}]
/// on a shop's blog post whose title holds only the blog's name and the headline, whose logo has no alt text and whose
/// copyright line writes the name in small letters: the only place the page names itself is the schema node for the
/// company whose address is the front page the logo links to. Its name, the legal form ("AG", "GmbH", "Inc.") dropped as
/// the copyright line's holder drops it, is the site. Asked only where no meta, title, logo or footer gave the site, before
/// the text's own reading of the masthead's lines (which takes a menu entry on such a page); a node whose address no link
/// on the page points to (a parent company's, a partner's) names no site.
/// Cost: the nodes are noted as <see cref="JsonLdReader"/> walks the blocks; one pass over the links, only on a page where
/// nothing else named the site and the JSON-LD lists such a node.
/// </summary>
internal static class FrontPageOrganization
{
    private const int LongestName = 40;

    /// <summary>The first of the JSON-LD's front-page organisations (<see cref="JsonLdReader"/>) that a link on the page points to.</summary>
    public static string? Name(IDocument document, IReadOnlyList<(string Address, string Name)> listed)
    {
        foreach (var (address, name) in listed)
        {
            if (IsLinked(document, address) && Shown(name) is { } shown)
            {
                return shown;
            }
        }

        return null;
    }

    /// <summary>A JSON-LD node of a company's type whose address is a front page, as (address, name); else null.</summary>
    public static (string Address, string Name)? Listed(JsonElement node) =>
        node.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "Organization" or "Corporation" or "LocalBusiness" or "Store"
        && node.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String && url.GetString() is { } address && IsFrontPage(address)
        && node.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? (address, name.GetString()!)
            : null;

    private static bool IsFrontPage(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/" && uri.Query.Length == 0;

    private static bool IsLinked(IDocument document, string address)
    {
        var front = address.TrimEnd('/');
        foreach (var link in document.Links)
        {
            if (link.GetAttribute("href") is { } href && href.AsSpan().TrimEnd('/').Equals(front, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Shopname AG" → "Shopname": the company's legal form is no part of the name it trades under.</summary>
    private static string? Shown(string? name)
    {
        var shown = Whitespace.Collapse(name).AsSpan().Trim();
        if (shown.LastIndexOf(' ') is > 0 and var last && SiteFinder.LegalForms.Contains(shown[(last + 1)..].TrimEnd('.')))
        {
            shown = shown[..last].TrimEnd(" ,");
        }

        return shown.Length is > 0 and <= LongestName ? shown.ToString() : null;
    }
}
