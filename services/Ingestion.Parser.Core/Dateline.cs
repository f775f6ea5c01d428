using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "HARLAN, Ind. (WXNB) --", "WASHINGTON —", "Hong Kong (GNN) --", "BAYOU LARUE –": the place a story was filed from,
/// in capitals or before the agency's name in brackets, then a dash, at the start of its first paragraph.
/// </summary>
internal static class Dateline
{
    private static readonly string[] Dashes = [" -- ", " — ", " – ", " - "];

    private const int MaxLength = 60;

    /// <summary>What a place in capitals is written with: "ST. JOHN'S", "WILKES-BARRE", "SÃO PAULO".</summary>
    private static readonly SearchValues<char> PlaceCapitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ .'’-");
    private const int MaxAgencyLength = 16;

    public static bool Opens(string paragraph)
    {
        foreach (var dash in Dashes)
        {
            var at = paragraph.IndexOf(dash, StringComparison.Ordinal);
            // The story's first sentence follows the dash: "WASHINGTON — The Senate …", not "NOTE - this story …".
            if (at is > 2 and <= MaxLength && at + dash.Length < paragraph.Length && !char.IsLower(paragraph[at + dash.Length]) && IsPlace(paragraph.AsSpan(0, at).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPlace(ReadOnlySpan<char> head)
    {
        // "Hong Kong (GNN)", "HARLAN, Ind. (WXNB)": the agency's or station's name in brackets after the place.
        if (head.EndsWith(')') && head.LastIndexOf('(') is > 0 and var open)
        {
            var agency = head[(open + 1)..^1];
            return agency.Length is >= 2 and <= MaxAgencyLength && char.IsUpper(agency[0]) && IsCapitalisedPlace(head[..open].TrimEnd());
        }

        // "WASHINGTON", "BAYOU LARUE", "HARLAN, Ind.": the place in capitals, a state after its comma.
        var comma = head.IndexOf(',');
        var place = comma > 0 ? head[..comma] : head;
        return place.Length >= 3 && !place.ContainsAnyExcept(PlaceCapitals) && place.ContainsAnyInRange('A', 'Z')
            && Words.Count(place) <= 4 && (comma < 0 || Words.Count(head[(comma + 1)..]) <= 3);
    }

    /// <summary>"Hong Kong", "Des Moines, Iowa": capitalised words, a region after a comma.</summary>
    private static bool IsCapitalisedPlace(ReadOnlySpan<char> place)
    {
        if (place.IsEmpty || Words.Count(place) > 5 || place.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        foreach (var range in place.Split(' '))
        {
            if (place[range] is not [var first, ..] || !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }
}
