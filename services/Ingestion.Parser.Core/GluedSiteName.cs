namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "HarbourPost" over a document title "Headline | Harbour Post": the share card writes the site's name as one
/// word, a handle's spelling, where the title the site ends with its name shows how the paper spells it. The words the
/// title spells are the same name, so they are the site. A logo whose alt text glues the name the way a file name does
/// ("HarbourStar", beside og:site_name "Harbourstar.co.uk") gives way to the title's "… | Harbour Star" the same way.
/// </summary>
internal static class GluedSiteName
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | "];

    /// <summary>The title's spaced spelling of <paramref name="siteName"/>, or the site name as given.</summary>
    public static string Spaced(string siteName, string documentTitle) => TitleSpelling(siteName, documentTitle) ?? siteName;

    /// <summary>The last part of <paramref name="documentTitle"/> where it spells <paramref name="glued"/> with spaces; else null.</summary>
    public static string? TitleSpelling(string glued, string documentTitle)
    {
        if (glued.Length < 4 || glued.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            var at = documentTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var name = documentTitle.AsSpan(at + separator.Length).Trim();
            if (name.Contains(' ') && (SameLetters.Spell(name, glued) || HandleGluingLeadingWords.Spells(glued, name)))
            {
                return name.ToString();
            }
        }

        return null;
    }
}
