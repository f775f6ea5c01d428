using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2&gt;Headline &lt;span&gt;Subtitle in a line of its own&lt;/span&gt;&lt;/h2&gt;" under the document title "Headline -
/// Subtitle in a line of its own | Site - Tagline": a blog template prints the post's subtitle inside its heading, in a
/// span the stylesheet sets under the headline, and joins the two with a dash in the document title. The text reader sees
/// one line of both and no title part printed alone, so a part it does see alone (the site's tagline beside the logo)
/// won. The heading's own words before the span are the headline; the span is a standfirst, no part of it. Known only
/// when two neighbouring parts of the document title are, letter for letter, the heading's words and its closing span.
/// Cost: one query for the spans of h1 and h2 elements, once per page and only where no metadata names the title.
/// </summary>
internal static class SubtitleSpanInHeading
{
    private const int MinHeadlineWords = 2;

    public static string? Headline(IDocument document, string[] titleParts)
    {
        if (titleParts.Length < 3)
        {
            return null;
        }

        foreach (var span in document.SelectAll("h1 > span, h2 > span"))
        {
            // The span closes the heading, with only the headline's words (no element) before it.
            if (span.ParentElement is not { } heading || heading.LastElementChild != span || heading.FirstElementChild != span
                || span.NextSibling is { } after && (after is not IText trailing || !trailing.Data.AsSpan().Trim().IsEmpty))
            {
                continue;
            }

            var subtitle = Whitespace.Collapse(span.TextContent).Trim();
            var whole = Whitespace.Collapse(heading.TextContent).Trim();
            if (subtitle.Length == 0 || whole.Length <= subtitle.Length + 1 || !whole.EndsWith(subtitle, StringComparison.Ordinal))
            {
                continue;
            }

            var headline = whole[..^subtitle.Length].TrimEnd();
            for (var i = 0; i + 1 < titleParts.Length; i++)
            {
                if (string.Equals(titleParts[i], headline, StringComparison.Ordinal) && string.Equals(titleParts[i + 1], subtitle, StringComparison.Ordinal)
                    && Words.Count(headline) >= MinHeadlineWords)
                {
                    return headline;
                }
            }
        }

        return null;
    }
}
