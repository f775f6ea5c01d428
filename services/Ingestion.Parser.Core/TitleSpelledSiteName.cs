namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "quillpost" under the document title "Port strike ends after nine days - Quillpost": a share name in
/// small letters gives way to the spelling the page's own title ends with, as it gives way to the masthead's (the logo
/// may be a picture whose text no markup names).
/// </summary>
internal static class TitleSpelledSiteName
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " · "];

    public static string? Of(string siteName, string? documentTitle)
    {
        if (siteName.Length == 0 || !char.IsLower(siteName[0]) || documentTitle is null)
        {
            return null;
        }

        var title = Whitespace.Collapse(documentTitle);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.AsSpan(at + separator.Length).Trim() is var last && last.Equals(siteName, StringComparison.OrdinalIgnoreCase)
                && !last.SequenceEqual(siteName))
            {
                return last.ToString();
            }
        }

        return null;
    }
}
