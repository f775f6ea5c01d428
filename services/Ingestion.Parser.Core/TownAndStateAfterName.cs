namespace Ingestion.Parser.Core;

/// <summary>
/// "Tired Taxpayer Spencerville, OH", "Dale R. Cridersville, Ohio": a US comment system (Topix, BLOX, Pluck) prints the
/// poster's town and state in a span after the name, and a text rendering runs the two onto one line with no comma
/// between name and town. The state after the town's comma marks the place; the one word before that comma is the town.
/// </summary>
internal static class TownAndStateAfterName
{
    /// <summary>The name before the town and state, or the name itself when it ends in no "Town, ST".</summary>
    public static string Without(string name)
    {
        // Most names hold no comma: turned down before the split.
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        var state = name.AsSpan(comma + 2).Trim();
        if (comma <= 0 || !LogoBeforePlace.IsState(state) || IsPostNominal(state))
        {
            return name;
        }

        var townStart = name.LastIndexOf(' ', comma - 1) + 1;
        var town = name.AsSpan(townStart, comma - townStart);
        // A name must stand before the town: "Lima, OH" alone is the place with no name printed, left to the other rules.
        if (townStart < 2 || town.Length < 3 || !char.IsUpper(town[0]) || town.ContainsAnyExcept(Letters) || name.AsSpan(0, townStart).Contains(','))
        {
            return name;
        }

        return name[..(townStart - 1)].TrimEnd();
    }

    /// <summary>"Jane Okafor, MD", "Lee Brandt, PA": postal codes that are also a degree after a name.</summary>
    private static bool IsPostNominal(ReadOnlySpan<char> state) => state is "MD" or "PA";

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'");
}
