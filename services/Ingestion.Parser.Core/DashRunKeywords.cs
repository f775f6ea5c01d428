namespace Ingestion.Parser.Core;

/// <summary>
/// "Blogues - Actualites - International- National- Cinema - Technologie - … - Voyages": a keywords meta whose terms are
/// run together with spaced dashes instead of commas is the template's list of the site's sections, written once for
/// every page, and reads as one long "tag". Four dashes with a space beside them in one entry tell it; a compound word
/// ("Saint-Jean-Port-Joli", "COVID-19") has none, and a story's own keywords are separated by commas.
/// </summary>
internal static class DashRunKeywords
{
    private const int DashesNeeded = 4;

    public static bool Is(IReadOnlyList<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            var dashes = 0;
            for (var i = 0; i < keyword.Length; i++)
            {
                if (keyword[i] == '-' && ((i > 0 && keyword[i - 1] == ' ') || (i + 1 < keyword.Length && keyword[i + 1] == ' ')) && ++dashes >= DashesNeeded)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
