namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "headline": "Mayor's budget plan should be required reading for the council's new finance..." beside the
/// document title "Mayor's budget plan should be required reading for the council's new finance chair | Harbor Post": a
/// CMS cuts the structured headline to a length and marks the cut with an ellipsis. The headline the page titles itself
/// with, up to its site suffix, is the whole one.
/// </summary>
internal static class TruncatedMetadataHeadline
{
    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: "];

    public static string Completed(string headline, string? documentTitle)
    {
        var stem = headline.AsSpan().TrimEnd();
        if (stem.EndsWith("...", StringComparison.Ordinal))
        {
            stem = stem[..^3];
        }
        else if (stem.EndsWith("…", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }
        else
        {
            return headline;
        }

        stem = stem.TrimEnd();
        if (stem.Length < 20 || documentTitle is null)
        {
            return headline;
        }

        var title = Whitespace.Collapse(documentTitle);
        if (title.Length <= stem.Length || !title.AsSpan().StartsWith(stem, StringComparison.Ordinal))
        {
            return headline;
        }

        // The rest of the title up to its site suffix: "… new finance chair | Harbor Post" gives "… new finance chair".
        var end = title.Length;
        foreach (var separator in SiteSeparators)
        {
            var at = title.IndexOf(separator, stem.Length, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        return end > stem.Length ? title[..end].TrimEnd() : headline;
    }
}
