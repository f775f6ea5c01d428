using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Blog - Shady corners" over a trail "Home / Blog / Shady corners": a shop's or a company's blog module titles its posts
/// with the module's name and the headline alone, so what the title holds besides the headline is the section, not the
/// site. When that rest is the text of a crumb of the page's breadcrumb trail after its first (the first is the front
/// page, which may carry the site's name), it names the post's place on the site and is no site; the site is then sought
/// where the page shows it (logo, footer), else none. A title rest that no crumb repeats ("Headline - Harbour Times") stays.
/// </summary>
internal static class BreadcrumbSectionInTitle
{
    /// <summary>A section's name: "Blog", "News & Events", "Aus dem Verein".</summary>
    private const int LongestSection = 40;

    public static bool Is(IDocument document, string rest)
    {
        if (rest.Length is 0 or > LongestSection || Words.Count(rest) > 4)
        {
            return false;
        }

        var crumbs = document.QuerySelectorAll("[class*='breadcrumb'] a, [class*='Breadcrumb'] a, nav[aria-label*='readcrumb'] a");
        for (var i = 1; i < crumbs.Length; i++)
        {
            if (Whitespace.Collapse(crumbs[i].TextContent).Trim(' ', '/', '›', '»', '>').Equals(rest, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
