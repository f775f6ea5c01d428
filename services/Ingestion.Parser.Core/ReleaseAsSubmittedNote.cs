namespace Ingestion.Parser.Core;

/// <summary>
/// "Elm Valley Now publishes news releases from local governments and agencies as submitted. Want to share news from
/// your organization? Submit it here.": a local news site's note under a release it republishes. It is the site's, no
/// paragraph of the release.
/// </summary>
internal static class ReleaseAsSubmittedNote
{
    private const int MaxLength = 300;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 30 and < MaxLength
        && (text.Contains("news release", StringComparison.OrdinalIgnoreCase) || text.Contains("press release", StringComparison.OrdinalIgnoreCase))
        && text.Contains("as submitted", StringComparison.OrdinalIgnoreCase);
}
