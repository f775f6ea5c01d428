namespace Ingestion.Parser.Core;

/// <summary>
/// "Gründe der Kammer:" / "Der Antrag wird abgewiesen, weil …": a crosshead of a few words ending in a colon, right over
/// the first paragraph and under the headline, opens the text as the later crossheads go on with it; read as a header
/// line, it was dropped with the bylines. One-word labels ("Update:", "Tags:", "Photo:") and label rows of the page's
/// furniture ("Share this:", "Related stories:") are left to their own rules.
/// </summary>
internal static class LeadInHeadingOverText
{
    private const int MinWords = 2;
    private const int MaxWords = 6;
    private const int MaxLength = 60;

    private static readonly PrefixSet FurnitureOpenings = new(["share", "related", "read ", "listen", "watch", "more ", "see ", "follow", "sign up", "subscribe", "editor", "click", "by ", "von ", "posted", "updated", "photo", "foto", "bild"]);

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 4 or > MaxLength || text[^1] != ':' || text[..^1].Contains(':') || !char.IsUpper(text[0]) || Words.HasDigit(text))
        {
            return false;
        }

        return Words.CountUpTo(text, MaxWords + 1) is >= MinWords and <= MaxWords && !FurnitureOpenings.Matches(text) && !BoilerplateFilter.IsRelatedHeading(line);
    }
}
