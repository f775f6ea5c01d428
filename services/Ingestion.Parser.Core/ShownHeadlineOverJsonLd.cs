using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "headline": "Tablet review: a bright screen, a slow charger" beside an <c>h1</c> and og:title
/// that both read "This tablet has the brightest screen of the year": the structured headline is an earlier or search-engine wording the page no longer
/// shows. Where the page's headline and its share title agree on other words, and no heading shows the structured one,
/// the reader's headline is theirs.
/// </summary>
internal static class ShownHeadlineOverJsonLd
{
    public static string? Instead(IDocument document, string? jsonLdHeadline, string? shareTitle)
    {
        if (jsonLdHeadline is null || shareTitle is null || document.Body is not { } body)
        {
            return null;
        }

        var shared = Whitespace.Collapse(shareTitle);
        if (shared.Length == 0 || string.Equals(shared, Whitespace.Collapse(jsonLdHeadline), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A structured headline the page shows in a heading of its own (the article header's h2 under a breadcrumb's SEO h1)
        // is the reader's headline still.
        var structured = Whitespace.Collapse(jsonLdHeadline);
        var headings = body.SelectAll("h1, h2, h3").Select(heading => Whitespace.Collapse(heading.TextContent)).ToList();
        return headings.Contains(structured, StringComparer.Ordinal) ? null
            : TopLevelHeading.Shows(document, shared) ? shared : null;
    }
}
