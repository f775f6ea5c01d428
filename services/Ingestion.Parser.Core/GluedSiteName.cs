namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "HarbourPost" over a document title "Headline | Harbour Post": the share card writes the site's name as one
/// word, a handle's spelling, where the title the site ends with its name shows how the paper spells it. The words the
/// title spells are the same name, so they are the site.
/// </summary>
internal static class GluedSiteName
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | "];

    /// <summary>The title's spaced spelling of <paramref name="siteName"/>, or the site name as given.</summary>
    public static string Spaced(string siteName, string documentTitle)
    {
        if (siteName.Length < 4 || siteName.Contains(' ', StringComparison.Ordinal))
        {
            return siteName;
        }

        foreach (var separator in Separators)
        {
            var at = documentTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var name = documentTitle.AsSpan(at + separator.Length).Trim();
            if (name.Contains(' ') && name.Length > siteName.Length
                && (Glued(name).Equals(siteName, StringComparison.OrdinalIgnoreCase) || HandleGluingLeadingWords.Spells(siteName, name)))
            {
                return name.ToString();
            }
        }

        return siteName;
    }

    private static string Glued(ReadOnlySpan<char> name) => string.Concat(name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
