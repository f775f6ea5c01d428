namespace Ingestion.Parser.Core;

/// <summary>
/// "The Carrollton Star-Register Carrollton, S.C.", "The Port Ellis Ledger Port Ellis, Maine": a US paper's top bar prints
/// the town and state it is published in right after the logo's alt text. The logo is what stands before the town, which
/// the paper's name holds.
/// </summary>
internal static class LogoBeforePlace
{
    private const int MaxPlaceWords = 3;
    private const int MaxNameWords = 5;

    /// <summary>AP style's state abbreviations, the postal codes and the states AP spells out.</summary>
    private static readonly WordSet States = new(
    [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
        "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.",
        "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
    ]);

    /// <summary>"Texas", "TX", "Okla.": a US state as a masthead or a dateline spells it.</summary>
    public static bool IsState(ReadOnlySpan<char> word) => States.Contains(word);

    /// <summary>The logo's name before the town and state, or null when the line ends in no state or the name holds no town.</summary>
    /// <remarks>Asked of every line above the headline: the state and the comma before it are looked for before the line is split.</remarks>
    public static string? Name(string line)
    {
        var text = line.AsSpan().TrimEnd(' ');
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace <= 0 || !States.Contains(text[(lastSpace + 1)..]) || !text[..lastSpace].TrimEnd(' ').EndsWith(','))
        {
            return null;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !States.Contains(words[^1]) || !words[^2].EndsWith(',') || words[^2].Length < 3)
        {
            return null;
        }

        var beforeState = words.Length - 1;
        // The longest town first: "Port Ellis" of "The Port Ellis Ledger Port Ellis, Maine", not "Ellis".
        for (var placeWords = Math.Min(MaxPlaceWords, beforeState - 2); placeWords >= 1; placeWords--)
        {
            var place = string.Join(' ', words[(beforeState - placeWords)..beforeState]).TrimEnd(',');
            var nameWords = words[..(beforeState - placeWords)];
            var name = string.Join(' ', nameWords);
            if (nameWords.Length <= MaxNameWords && Array.TrueForAll(nameWords, word => char.IsUpper(word[0]))
                && Array.TrueForAll(place.Split(' '), word => char.IsUpper(word[0]))
                && (" " + name + " ").Replace('-', ' ').Contains(" " + place + " ", StringComparison.Ordinal) && Words.LooksLikeName(name))
            {
                return name;
            }
        }

        return null;
    }
}
