using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;Genetik: Das Geheimnis der Rafflesien - Wissen Monatlich&lt;/title&gt;" over a breadcrumb's
/// "&lt;h1&gt;Genetik: Das Geheimnis der Rafflesien&lt;/h1&gt;" while the story shows "Das Geheimnis der Riesenblumen": a
/// magazine gives search engines a headline of its own in the h1 and the document title, and the title is that h1, a
/// separator and the site's name. When the shown headline is not in the document title, the h1 it opens with marks where
/// the site's name starts. Cost: asked once per page and only when the title does not hold the headline: one query of the
/// h1s and a prefix compare each.
/// </summary>
internal static class SiteBesideHeadingInTitle
{
    private const int MinHeadingLength = 12;
    private const int MaxSiteLength = 60;

    public static string? Site(IDocument document, string full)
    {
        foreach (var heading in document.SelectAll("h1"))
        {
            var text = Whitespace.Collapse(heading.TextContent);
            if (text.Length < MinHeadingLength || full.Length <= text.Length + 3 || !full.StartsWith(text, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = full.AsSpan(text.Length);
            if (!TitleSeparator.Opens(rest))
            {
                continue;
            }

            var site = rest[3..].Trim();
            return site.Length is > 0 and <= MaxSiteLength ? site.ToString() : null;
        }

        return null;
    }
}
