namespace Ingestion.Parser.Core;

/// <summary>
/// "site: media | arena: harbour | pageType: stories | section: news | slug: ferry-fares-to-rise | sport: sailing": a
/// page's tracking data, kept in a hidden element that text browsers print all the same, is a run of "key: value" pairs
/// parted by bars, each key one word. Long and unpunctuated, it would pass for the text's first prose line and for the
/// headline above the text; it is neither. Asked only of a long line that would otherwise open the text.
/// </summary>
internal static class KeyValueDumpLine
{
    /// <summary>Pairs a dump holds at least; "Posted: … | Updated: …" holds two.</summary>
    private const int LeastPairs = 4;

    public static bool Is(string text)
    {
        if (!text.Contains(" | ", StringComparison.Ordinal))
        {
            return false;
        }

        var pairs = 0;
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0)
        {
            var bar = rest.IndexOf(" | ", StringComparison.Ordinal);
            var pair = (bar < 0 ? rest : rest[..bar]).Trim();
            var colon = pair.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0 || pair[..colon].Contains(' ') || pair[(colon + 2)..].Trim().Length == 0)
            {
                return false;
            }

            pairs++;
            rest = bar < 0 ? [] : rest[(bar + 3)..];
        }

        return pairs >= LeastPairs;
    }
}
