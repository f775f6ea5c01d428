namespace Ingestion.Parser.Core;

/// <summary>
/// "Sommerfest - 14 Juli 2011 - Blog - Site name": a hosted blog builder's document title puts the entry's headline first and
/// its day right after it, and the headline may be a single word ("Sommerfest", "Basar"), too short for the three words
/// a document title's part needs to count as the headline otherwise. The first part counts when the second is a date and
/// the page shows the first on a line of its own.
/// </summary>
internal static class HeadlineBeforeTitleDate
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — "];

    /// <summary>The document title's first part when its second is a date and <paramref name="isShown"/> finds the first on the page; else null.</summary>
    public static string? Find(string documentTitle, Func<string, bool> isShown)
    {
        if (!YearInText.In(documentTitle))
        {
            return null;
        }

        var parts = documentTitle.Split(Separators, 3, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && DateInDocumentTitle.IsDate(parts[1]) && !DateInDocumentTitle.IsDate(parts[0]) && isShown(parts[0]) ? parts[0] : null;
    }

    /// <summary>
    /// "14 Juli 2011 - Blog - Site name", what the document title holds after the headline: the last part, the site's
    /// name, when the first is the day; else null.
    /// </summary>
    public static string? SiteAfterDate(string rest)
    {
        var parts = rest.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && DateInDocumentTitle.IsDate(parts[0]) && !DateInDocumentTitle.IsDate(parts[^1]) ? parts[^1] : null;
    }
}
