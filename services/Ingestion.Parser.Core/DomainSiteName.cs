namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "caldertribune.com" beside a logo whose alt text is "Calder Tribune": a newspaper chain's share card
/// names the domain, the masthead names the paper as its readers know it; in capitals too ("ELHERALDONACIONAL.es" beside
/// "El Heraldo Nacional").
/// </summary>
internal static class DomainSiteName
{
    private static readonly string[] Suffixes = [".com", ".net", ".org", ".co.uk", ".com.au", ".ca", ".es", ".fr", ".de", ".at", ".it", ".ch", ".nl", ".be", ".ie"];

    /// <summary>Whether the logo spells the same name as the domain, with its spaces and capitals.</summary>
    public static bool IsSpelledBy(string siteName, string logo)
    {
        var domain = siteName.Trim().ToLowerInvariant();
        if (domain.Contains(' ') || logo.Contains('.'))
        {
            return false;
        }

        if (domain.StartsWith("www.", StringComparison.Ordinal))
        {
            domain = domain[4..];
        }

        var suffix = Array.Find(Suffixes, ending => domain.EndsWith(ending, StringComparison.Ordinal));
        if (suffix is null || domain.Length == suffix.Length)
        {
            return false;
        }

        var name = domain.AsSpan(0, domain.Length - suffix.Length);
        return SameLetters.Spell(logo, name) || (logo.StartsWith("The ", StringComparison.Ordinal) && SameLetters.Spell(logo.AsSpan(4), name));
    }
}
