namespace Ingestion.Parser.Core;

/// <summary>
/// "Serving Dutchess County since 1898", "Independent news for Ridgefield and Clark Township", "Your source for Harlow
/// news": a local paper's tagline under its masthead, printed over every story's headline. No headline of its own, and
/// the headline under it is no deck.
/// </summary>
internal static class PaperTagline
{
    private const int MaxLength = 90;

    private static readonly PrefixSet Openings = new(
        "independent news for ", "independent news from ", "local news for ", "community news for ", "your source for ",
        "your news source for ", "your hometown newspaper");

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 12 or > MaxLength || text[0] is not ('S' or 'I' or 'L' or 'C' or 'Y') || Words.EndsSentence(text))
        {
            return false;
        }

        return IsServingSince(text) || Openings.Matches(text);
    }

    /// <summary>"Serving the Lower Bay since 1921": whom the paper serves, and the year it was founded.</summary>
    private static bool IsServingSince(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("Serving ", StringComparison.Ordinal))
        {
            return false;
        }

        var since = text.LastIndexOf(" since ", StringComparison.Ordinal);
        var year = since < 0 ? [] : text[(since + 7)..];
        return year.Length == 4 && !year.ContainsAnyExceptInRange('0', '9') && year[0] is '1' or '2';
    }
}
