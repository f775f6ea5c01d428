namespace Ingestion.Parser.Core;

/// <summary>
/// "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Jane Roe (with John Doe)": a French daily's byline names the
/// lead writer and, in brackets, those who wrote with them. Each of them is a writer; the brackets and their joining words
/// are no part of a name.
/// </summary>
internal static class CoWritersInParentheses
{
    /// <summary>The word that opens the bracket, in the languages whose papers print it: "avec", "with", "mit", "con", "com", "met".</summary>
    private static readonly string[] Openers = ["(avec ", "(with ", "(mit ", "(con ", "(com ", "(met "];

    private static readonly string[] Ands = [" et ", " and ", " und ", " y ", " e ", " en ", ", "];

    /// <summary>The lead writer and the co-writers, or null when the text is no name with such a bracket after it.</summary>
    public static List<string>? Split(string text)
    {
        // A byline is short and ends in its bracket; most texts asked hold no "(" at all.
        var open = text.IndexOf('(');
        if (open <= 0 || text.Length > 160 || !text.AsSpan().TrimEnd().EndsWith(")", StringComparison.Ordinal))
        {
            return null;
        }

        var opener = Openers.FirstOrDefault(word => text.AsSpan(open).StartsWith(word, StringComparison.OrdinalIgnoreCase));
        var lead = text[..open].Trim();
        if (opener is null || !IsFullName(lead))
        {
            return null;
        }

        var inside = text[(open + opener.Length)..].TrimEnd().TrimEnd(')');
        var others = inside.Split(Ands, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // "(avec AFP)" credits an agency, "(avec notre correspondant)" a role: only people's names are writers.
        return others.Length > 0 && others.All(IsFullName) ? [lead, .. others] : null;
    }

    /// <summary>A first name and a surname at least: "AFP" and "Reuters" read as names of one word.</summary>
    private static bool IsFullName(string name) => Words.Count(name) >= 2 && Words.LooksLikePersonName(name);
}
