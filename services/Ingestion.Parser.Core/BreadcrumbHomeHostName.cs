using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="breadcrumbs"&gt;&lt;li&gt;&lt;a href="http://www.kitchenpages.com"&gt;KitchenPages.com&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Blog&lt;/li&gt;…"
/// on a page at "http://www.kitchenpages.com/blog/…": a portal's blog with no site-name meta, an empty logo link and a
/// document title of the blog's name alone ("| Blog name") opens its trail with a link home whose text spells the
/// page's own host name. A trail names the page's place on the site (BreadcrumbTrail), so the whole page's reading
/// leaves it out and took the menu's toggle labels for the masthead; its first crumb, linking to the host's front page
/// and spelling the host ("KitchenPages.com", or "KitchenPages" as DomainSiteName reads a logo), is the site, as
/// printed. Asked where no meta, title, logo or footer gave the site, before the text's own reading of the masthead.
/// Cost: one query for trail-classed elements and a look at the first link of each, once a page.
/// </summary>
internal static class BreadcrumbHomeHostName
{
    private const int LongestName = 40;

    public static string? Name(IDocument document)
    {
        if (HostOf(PageAddress.Of(document)) is not { } host)
        {
            return null;
        }

        foreach (var trail in document.SelectAll("[class*='crumb'], [id*='crumb']"))
        {
            if (!BreadcrumbTrail.Is(trail) || trail.SelectFirst("a[href]") is not { } home || !IsFrontPageOf(home.GetAttribute("href")!, host))
            {
                continue;
            }

            var name = Whitespace.Collapse(home.TextContent).Trim();
            if (name.Length is > 0 and <= LongestName && (SpellsHost(name, host) || DomainSiteName.IsSpelledBy(host, name)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"KitchenPages.com" for "www.kitchenpages.com": the host without "www.", in any case.</summary>
    private static bool SpellsHost(string name, string host) =>
        name.Equals(host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host, StringComparison.OrdinalIgnoreCase);

    /// <summary>A link to "http://www.kitchenpages.com" or "…/": the same host's root.</summary>
    private static bool IsFrontPageOf(string href, string host) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath == "/";

    private static string? HostOf(IReadOnlyList<string> addresses)
    {
        foreach (var address in addresses)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                return uri.Host;
            }
        }

        return null;
    }
}
