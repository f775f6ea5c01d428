namespace Ingestion.Parser.Core;

/// <summary>
/// "WAPR's reporting is made possible by listeners like you. Support local journalism today.", "Listener support makes
/// stories like this possible. Give now.": a nonprofit newsroom's or a public station's appeal for gifts, set inside or
/// under the text. It names its patrons ("readers like you") or what they pay for ("stories like this possible") and
/// asks ("support", "give", "donate"); a story quoting such words names who said them.
/// </summary>
internal static class ReaderSupportAppeal
{
    private const int MaxLength = 220;

    private static readonly string[] Patrons =
        ["readers like you", "listeners like you", "viewers like you", "members like you", "supporters like you", "stories like this possible"];

    private static readonly string[] Asks = ["support", "give", "donat", "your gift", "contribut"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf(" like ", StringComparison.Ordinal) < 0 || text.IndexOfAny('"', '“') >= 0
            || text.Contains(" said", StringComparison.Ordinal))
        {
            return false;
        }

        return ContainsAny(text, Patrons) && ContainsAny(text, Asks);
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
