namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "quillpost" under the document title "Port strike ends after nine days - Quillpost": a share name in
/// small letters gives way to the spelling the page's own title ends with, as it gives way to the masthead's (the logo
/// may be a picture whose text no markup names). og:site_name "Harbor Ledger" under "… - The Harbor Ledger": the share
/// card drops the name's article, which the title and masthead print, and the title's spelling is the site's, as the
/// masthead's "The Capitol Sentinel" is beside the card's "Capitol Sentinel".
/// </summary>
internal static class TitleSpelledSiteName
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " · "];

    public static string? Of(string siteName, string? documentTitle)
    {
        if (siteName.Length == 0 || documentTitle is null)
        {
            return null;
        }

        var title = Whitespace.Collapse(documentTitle);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.AsSpan(at + separator.Length).Trim() is var last
                && ((char.IsLower(siteName[0]) && last.Equals(siteName, StringComparison.OrdinalIgnoreCase) && !last.SequenceEqual(siteName))
                    || (last.StartsWith("The ", StringComparison.Ordinal) && last[4..].Equals(siteName, StringComparison.OrdinalIgnoreCase))
                    || DomainSpelledInTitle(siteName, last)))
            {
                return last.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// DomainSpelledInTitle: og:site_name "harbourledger.com" under "… - Harbour Ledger": a share card naming the domain
    /// gives way to the name the title spells it as, as it gives way to a logo spelling it (<see cref="DomainSiteName"/>);
    /// the masthead may be a picture whose text no markup names. Asked only for a site name ending in a domain suffix.
    /// </summary>
    private static bool DomainSpelledInTitle(string siteName, ReadOnlySpan<char> last) =>
        siteName.Contains('.') && last.Length > 0 && DomainSiteName.IsSpelledBy(siteName, last.ToString());
}
