namespace Ingestion.Parser.Core;

/// <summary>
/// "(FRANCE 24 with AFP, REUTERS)", "(Le Courrier avec AFP)", "(with AP and Reuters)", "(AFP, Reuters)": a broadcaster's or
/// a paper's site closes a story it wrote from wire copy with the agencies, in brackets on a line of its own. Like
/// "Mit Material von dpa" (<see cref="AgencyMaterialCredit"/>) it credits sources and is no paragraph. Only a bracket
/// whose every source is a known agency is taken: "(with help from the county)" names none.
/// </summary>
internal static class BracketedWireSources
{
    private static readonly string[] Withs = [" with ", " avec ", " mit ", " con ", " com ", " met "];

    private static readonly string[] Ands = [" and ", " et ", " und ", " y ", " e ", " en ", " & "];

    private const int LongestLine = 80;

    /// <summary>"France 24", "Le Courrier de l'Ouest": the outlet before "with" is a name of a few words.</summary>
    private const int MostOutletWords = 5;

    public static bool Is(ReadOnlySpan<char> text)
    {
        // A line of prose seldom opens with a bracket; the two ends turn it down before anything is searched.
        if (text.Length is < 4 or > LongestLine || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }

        var inner = text[1..^1].Trim();
        var sources = AfterWith(inner);
        if (sources.IsEmpty)
        {
            return false;
        }

        foreach (var range in sources.Split(','))
        {
            if (!AreAgencies(sources[range].Trim()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sources after the outlet's "with", the whole bracket when it names sources alone, or empty.</summary>
    private static ReadOnlySpan<char> AfterWith(ReadOnlySpan<char> inner)
    {
        foreach (var with in Withs)
        {
            // "(with AFP)": the bracket may open with the word itself.
            if (inner.StartsWith(with.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return inner[(with.Length - 1)..];
            }

            if (inner.IndexOf(with, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                var outlet = inner[..at];
                return Words.Count(outlet) <= MostOutletWords && !Words.EndsSentence(outlet) ? inner[(at + with.Length)..] : [];
            }
        }

        return inner;
    }

    /// <summary>"AFP", "AFP and Reuters": one agency, or two joined by "and" in the page's language.</summary>
    private static bool AreAgencies(ReadOnlySpan<char> part)
    {
        foreach (var and in Ands)
        {
            if (part.IndexOf(and, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                return IsAgency(part[..at].Trim()) && IsAgency(part[(at + and.Length)..].Trim());
            }
        }

        return IsAgency(part);
    }

    private static bool IsAgency(ReadOnlySpan<char> name) =>
        !name.IsEmpty && (WireServiceByline.IsWireService(name) || CaptionDetector.IsAgencyName(name));
}
