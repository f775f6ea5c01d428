using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "headline": "Ferry fares rise again &amp;raquo; Harbour Post - News from the coast" beside og:site_name "Harbour
/// Post - News from the coast" and an <c>h1</c> "Ferry fares rise again": an SEO plug-in (Rank Math) fills the structured
/// headline from its title template, the post's title, a separator and the site's name, and JSON writes the separator's
/// entity without decoding it. Where the structured headline ends with a separator and the share card's site name, and an
/// h1 shows the words before the separator alone, those words are the headline.
/// </summary>
internal static class SiteSuffixedJsonLdHeadline
{
    public static string? Headline(IDocument document, string? jsonLdHeadline, string? siteName)
    {
        if (jsonLdHeadline is null || siteName is null)
        {
            return null;
        }

        var site = Whitespace.Collapse(siteName);
        var headline = Whitespace.Collapse(jsonLdHeadline);
        if (site.Length == 0 || headline.Length <= site.Length + 4 || !headline.EndsWith(site, StringComparison.Ordinal))
        {
            return null;
        }

        var before = headline.AsSpan(0, headline.Length - site.Length).TrimEnd();
        if (!TitleSeparator.Ends(before))
        {
            return null;
        }

        var shown = before[..^1].TrimEnd().ToString();
        return shown.Length > 0 && TopLevelHeading.Shows(document, shown) ? shown : null;
    }
}
