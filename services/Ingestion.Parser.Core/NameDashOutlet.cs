namespace Ingestion.Parser.Core;

/// <summary>
/// "Vidya Pinandhita - detikHealth" over "Kamis, 02 Nov 2023 20:59 WIB": a portal prints the writer's bare name and,
/// after a spaced hyphen, the channel that ran the story, one word set as a brand is (a capital inside it, or an
/// acronym). The name before the hyphen is the writer's. A common word after the hyphen ("Jane Doe - Review") names no
/// outlet and leaves the line alone.
/// </summary>
internal static class NameDashOutlet
{
    private const int LongestLine = 70;
    private const int LongestAcronym = 6;

    /// <summary>The name before " - Outlet", or null when the line is no such byline.</summary>
    public static string? TryRead(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length > LongestLine || line.IndexOf(" - ", StringComparison.Ordinal) is not (> 0 and var dash) || !IsBrand(line[(dash + 3)..]))
        {
            return null;
        }

        var name = line[..dash].Trim();
        return Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name) && !BoilerplateFilter.IsBoilerplate(name.ToString())
            ? Whitespace.Collapse(name.ToString())
            : null;
    }

    /// <summary>"detikHealth", "KompasTV", "AFP": one word of letters with a capital after its first letter.</summary>
    private static bool IsBrand(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        var inner = word[1..];
        return inner.IndexOfAnyInRange('A', 'Z') >= 0 && (inner.IndexOfAnyInRange('a', 'z') >= 0 || word.Length <= LongestAcronym);
    }
}
