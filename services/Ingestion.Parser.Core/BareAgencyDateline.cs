using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "(MNN) -- Air Force reserve crews flew …", "(Reuters) - The dollar …": a cable network's or a wire's story opens with the
/// agency's name in brackets and a dash, where others print the place first ("Hong Kong (GNN) --", <see cref="Dateline"/>).
/// </summary>
internal static class BareAgencyDateline
{
    private static readonly string[] Dashes = [" -- ", " — ", " – ", " - "];
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private const int MaxAgencyLength = 16;

    public static bool Opens(string paragraph)
    {
        if (paragraph is not ['(', ..])
        {
            return false;
        }

        var close = paragraph.IndexOf(')');
        if (close is < 3 or > MaxAgencyLength + 1)
        {
            return false;
        }

        var agency = paragraph.AsSpan(1, close - 1);
        if (!char.IsAsciiLetterUpper(agency[0]) || agency.ContainsAnyExcept(AsciiLetters))
        {
            return false;
        }

        // The story's first sentence follows the dash: "(AP) — The Senate …", not "(Updated) - see below".
        var rest = paragraph.AsSpan(close + 1);
        foreach (var dash in Dashes)
        {
            if (rest.StartsWith(dash, StringComparison.Ordinal) && rest.Length > dash.Length && char.IsUpper(rest[dash.Length]))
            {
                return IsAgencyName(agency);
            }
        }

        return false;
    }

    /// <summary>"MNN", "AP", "GNN" in capitals; "Reuters" a single capitalised word.</summary>
    private static bool IsAgencyName(ReadOnlySpan<char> agency) => !agency.ContainsAnyInRange('a', 'z') || agency[1..].ContainsAnyInRange('a', 'z');
}
