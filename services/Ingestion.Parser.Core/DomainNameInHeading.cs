using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Orbitwatch.com" beside the logo's alt text "Orbitwatch", and a sidebar heading "SUBSCRIBE TO
/// ORBITWATCH.COM": a logo spelling the domain's name without its ending is the masthead as a chain's paper prints it
/// ("caldertribune.com" beside "Calder Tribune", <see cref="DomainSiteName"/>), unless the site's own headings print the
/// domain as its name. Then the name is the domain, as the share card gives it, and the logo shortens it.
/// </summary>
internal static class DomainNameInHeading
{
    /// <summary>A heading longer than this is a sentence or a headline, no box's label.</summary>
    private const int LongestHeading = 60;

    /// <summary>Whether a heading of the page prints <paramref name="siteName"/> (a domain) as a name of its own.</summary>
    public static bool Prints(IDocument document, string siteName, string logo)
    {
        var name = siteName.AsSpan().Trim();
        if (name.IndexOf('.') <= 0 || logo.Contains('.') || name.Contains(' '))
        {
            return false;
        }

        foreach (var heading in document.SelectAll("h1, h2, h3, h4, h5"))
        {
            var text = heading.TextContent.AsSpan().Trim();
            if (text.Length > LongestHeading || text.Length < name.Length)
            {
                continue;
            }

            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '.')
                && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
