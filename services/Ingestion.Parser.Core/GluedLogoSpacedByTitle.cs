namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Harbourstar.co.uk", a logo whose alt text is "HarbourStar" and a document title ending "| Harbour Star":
/// the logo's alt glues the words the way a file name does, the domain drops the space too, and the title prints the
/// paper's name as readers know it. Where the logo's spelling has no space and the title's last part spells the same
/// letters with one, the title's spelling is the site (asked once per page, only when the logo spells the share name).
/// </summary>
internal static class GluedLogoSpacedByTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — "];

    public static string? Spelling(string logo, string? documentTitle)
    {
        if (documentTitle is null || logo.Contains(' '))
        {
            return null;
        }

        var title = Whitespace.Collapse(documentTitle);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title[(at + separator.Length)..].Trim() is { Length: > 0 } last && last.Contains(' ') && SameLetters(last, logo))
            {
                return last;
            }
        }

        return null;
    }

    private static bool SameLetters(string spaced, string glued)
    {
        var j = 0;
        foreach (var c in spaced)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (j < glued.Length && !char.IsLetterOrDigit(glued[j]))
            {
                j++;
            }

            if (j == glued.Length || char.ToLowerInvariant(glued[j]) != char.ToLowerInvariant(c))
            {
                return false;
            }

            j++;
        }

        while (j < glued.Length && !char.IsLetterOrDigit(glued[j]))
        {
            j++;
        }

        return j == glued.Length;
    }
}
