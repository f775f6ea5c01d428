namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Landwirtschaftsministerium der Republik Nordland"&gt;", "Bundesamt für Seeverkehr",
/// "Kulturstiftung des Landes": German glues a body's kind to the end of its first word ("…ministerium", "…amt",
/// "…stiftung") and joins its purpose by "der", "des" or "für", the form <see cref="OrganisationNameForm"/> reads in
/// English ("Ministry of …"). A government office or a foundation signs its pages so; a person's name never takes that
/// form, its second word a capitalised name ("Walther von der Vogelweide" opens with no kind).
/// Cost: a suffix check of the first word and a lookup of the second, asked only of an author meta.
/// </summary>
internal static class CompoundBodyNameForm
{
    /// <summary>Kinds of body a German name ends its first word with, longest first where one ends another.</summary>
    private static readonly string[] Kinds =
    [
        "ministerium", "amt", "behörde", "institut", "stiftung", "verband", "verein", "gesellschaft", "kammer", "akademie",
        "zentrum", "kommission", "agentur", "direktion", "senat", "universität",
    ];

    private static readonly WordSet JoinWords = new("der", "des", "für");

    /// <summary>Shortest first word: "Amt" alone is a kind with nothing glued before it, and still a body.</summary>
    private const int MinFirstWord = 3;

    public static bool Is(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IndexOf(' ') is not (>= MinFirstWord and var space) || !char.IsUpper(name[0]))
        {
            return false;
        }

        var first = name[..space];
        var rest = name[(space + 1)..].TrimStart();
        var join = rest.IndexOf(' ');
        if (join <= 0 || !JoinWords.Contains(rest[..join]))
        {
            return false;
        }

        // "Stiftung der kleinen Dinge": the purpose is a name, capitalised after the join word.
        var purpose = rest[(join + 1)..].TrimStart();
        if (purpose.Length == 0 || !char.IsUpper(purpose[0]))
        {
            return false;
        }

        return EndsWithKind(first);
    }

    /// <summary>Whether a German word ends with a kind of body ("Außenministerium", "Kunststiftung", "Amt").</summary>
    public static bool EndsWithKind(ReadOnlySpan<char> word)
    {
        foreach (var kind in Kinds)
        {
            if (word.EndsWith(kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
