namespace Ingestion.Parser.Core;

/// <summary>
/// "Aller au menu principal Aller au contenu principal Aller au formulaire de recherche Aller au pied de page", "Skip to
/// navigation Skip to content Skip to footer": an accessible page's skip links, hidden from sight, printed on one line
/// by a text browser. The row opens with a skip verb that comes again before each link; a sentence saying "skip to" once
/// is no row.
/// </summary>
internal static class SkipLinkRow
{
    private const int LongestRow = 200;

    private static readonly string[] Openings = ["skip to ", "jump to ", "aller au ", "aller à ", "passer au ", "passer à ", "ir al ", "ir a ", "saltar al ", "saltar a ", "vai al ", "springe zu ", "direkt zu"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Cheap gate: every opening starts with one of these letters.
        if (text.Length is < 20 or > LongestRow || text[0] is not ('S' or 's' or 'J' or 'j' or 'A' or 'a' or 'P' or 'p' or 'I' or 'i' or 'V' or 'v' or 'D' or 'd'))
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return text[opening.Length..].Contains(opening.AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
