namespace Ingestion.Parser.Core;

/// <summary>
/// "Carl Ebersole · Works at Delmar County Highway Dept.": the Facebook comments plugin prints the workplace a profile names
/// after the writer's name, and a workplace's name may end with an abbreviation's full stop ("Dept.", "Co.", "Assn."),
/// which ends no sentence. Only a short list of such abbreviations counts: "… · I agree with Tom." stays a sentence.
/// </summary>
internal static class WorkplaceAbbreviation
{
    private static readonly WordSet Abbreviations = new(["Dept.", "Co.", "Inc.", "Ltd.", "Corp.", "Assn.", "Univ.", "Inst.", "Hosp.", "Bros.", "Dist.", "Twp."]);

    /// <summary>True when the line's last word is a workplace's abbreviation with its full stop.</summary>
    public static bool Ends(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd();
        if (text.Length < 4 || text[^1] != '.')
        {
            return false;
        }

        var lastSpace = text.LastIndexOf(' ');
        return lastSpace > 0 && Abbreviations.Contains(text[(lastSpace + 1)..]);
    }
}
