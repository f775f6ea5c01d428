namespace Ingestion.Parser.Core;

/// <summary>
/// "Inês Cardoso Matias, com Lusa", "Name, avec AFP", "Name, con EFE", "Name, mit dpa", "Name, with AP": a writer whose
/// story draws on the wire names the agency after a comma and "with" in the paper's language. The agency is no writer.
/// </summary>
internal static class AgencyContribution
{
    private static readonly string[] Joins = [", com ", ", avec ", ", con ", ", mit ", ", met ", ", with ", " com ", " avec ", " con "];

    /// <summary>The joins in one vectorised search: every name-like line is asked, and nearly none holds one.</summary>
    private static readonly PhraseSet AnyJoin = new([" com ", " avec ", " con ", ", mit ", ", met ", ", with "]);

    private static readonly string[] Ands = [" e ", " et ", " y ", " und ", " en ", " and "];

    /// <summary>"agências", "agences": the agencies named as a whole ("com agências").</summary>
    private static readonly WordSet AgenciesWord = new(["agências", "agencias", "agences", "agencies", "agenturen", "agenzie", "agentschappen"]);

    private const int LongestByline = 80;

    /// <summary>The line before the agency's credit, or the same string (nothing allocated) when it ends in none.</summary>
    public static string Without(string text) => Without(text.AsSpan()) is var name && name.Length < text.Length ? name.ToString() : text;

    /// <summary>The text before the agency's credit, or the text itself when it ends in none.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> text)
    {
        // A line of prose is too long to be a byline, and a name alone ("Inês Matias") holds no join.
        if (text.Length is < 8 or > LongestByline || !AnyJoin.FoundIn(text))
        {
            return text;
        }

        foreach (var join in Joins)
        {
            var at = text.LastIndexOf(join, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && IsAgencies(text[(at + join.Length)..].Trim(" .")))
            {
                return text[..at].TrimEnd(" ,");
            }
        }

        return text;
    }

    /// <summary>"Lusa", "AFP e Reuters", "agências": one agency or two joined by "and".</summary>
    private static bool IsAgencies(ReadOnlySpan<char> credit)
    {
        if (credit.IsEmpty || credit.Length > 40)
        {
            return false;
        }

        foreach (var and in Ands)
        {
            if (credit.IndexOf(and, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                return IsAgency(credit[..at].Trim()) && IsAgency(credit[(at + and.Length)..].Trim());
            }
        }

        return IsAgency(credit);
    }

    private static bool IsAgency(ReadOnlySpan<char> name) =>
        WireServiceByline.IsWireService(name) || CaptionDetector.IsAgencyName(name) || AgenciesWord.Contains(name);
}
