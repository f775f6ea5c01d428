using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// og:title "What does the harbour board decide?" beside the h1 "Three questions for the harbour master", the document
/// title "Harbour board: three questions for the harbour master", and the share title printed again, word for word, as a
/// crosshead (an h2) further down the same story: an editor gave the social card the first question's heading, not the
/// story's headline. Where the share title is a lower heading after the h1 with a paragraph of text between them, and the
/// document title is mostly the h1's words (a rewording of it, not a section's or the site's name), the h1 is the
/// headline. An article header's h2 under a breadcrumb's h1, before any text, is the headline itself and stays
/// (SiteBesideHeadingInTitleTests).
/// </summary>
internal static class CrossheadShareTitle
{
    private const int MinLength = 10;
    private const int MinParagraphLength = 80;

    public static bool Is(IDocument document, IElement heading, string shown, string title)
    {
        if (shown.Length < MinLength || string.Equals(shown, title, StringComparison.OrdinalIgnoreCase) || document.Title is not { } documentTitle
            || !(MarkedElements.IsInside(heading, "main") || MarkedElements.IsInside(heading, "article")))
        {
            return false;
        }

        var pageTitle = Whitespace.Collapse(documentTitle);
        if (pageTitle.Length == 0 || string.Equals(pageTitle, title, StringComparison.OrdinalIgnoreCase) || !Words.MostOccurIn(pageTitle, shown))
        {
            return false;
        }

        foreach (var crosshead in document.SelectAll("h2, h3, h4"))
        {
            if (string.Equals(Whitespace.Collapse(crosshead.TextContent), title, StringComparison.OrdinalIgnoreCase)
                && crosshead.CompareDocumentPosition(heading).HasFlag(DocumentPositions.Preceding) && TextBetween(document, heading, crosshead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph of text stands between the h1 and the crosshead: a crosshead comes once the text has begun,
    /// where the article header's own h2 under a breadcrumb's h1 (the headline, with its kicker) comes before any.
    /// </summary>
    private static bool TextBetween(IDocument document, IElement heading, IElement crosshead)
    {
        foreach (var paragraph in document.SelectAll("p"))
        {
            if (!NodeText.IsShorterThan(paragraph, MinParagraphLength) && paragraph.CompareDocumentPosition(heading).HasFlag(DocumentPositions.Preceding)
                && crosshead.CompareDocumentPosition(paragraph).HasFlag(DocumentPositions.Preceding))
            {
                return true;
            }
        }

        return false;
    }
}
