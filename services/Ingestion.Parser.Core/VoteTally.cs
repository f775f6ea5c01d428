namespace Ingestion.Parser.Core;

/// <summary>
/// "• What happened to the rate model? (4+ / 0-)": a community site's comment title with the tally of its up and down
/// ratings after it (Daily Kos and the Scoop sites of 2005–2014). The titled line heads the comment, no paragraph of it.
/// </summary>
internal static class VoteTally
{
    private const int MaxTallyLength = 16;

    /// <summary>Whether the line ends with "(N+ / M-)".</summary>
    public static bool EndsWithTally(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length < 2 || text[^1] != ')' || text.LastIndexOf('(') is not (>= 0 and var open) || text.Length - open > MaxTallyLength)
        {
            return false;
        }

        var inside = text[(open + 1)..^1];
        var slash = inside.IndexOf('/');
        return slash > 0 && IsCount(inside[..slash].Trim(), '+') && IsCount(inside[(slash + 1)..].Trim(), '-');
    }

    private static bool IsCount(ReadOnlySpan<char> part, char sign) =>
        part.Length >= 2 && part[^1] == sign && !part[..^1].ContainsAnyExceptInRange('0', '9');
}
