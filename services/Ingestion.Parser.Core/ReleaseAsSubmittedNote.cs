using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Elm Valley Now publishes news releases from local governments and agencies as submitted. Want to share news from
/// your organization? Submit it here.": a local news site's note under a release it republishes. It is the site's, no
/// paragraph of the release.
/// </summary>
internal static class ReleaseAsSubmittedNote
{
    private const int MaxLength = 300;

    // Vectorised searches: with invariant globalization a case-insensitive Contains compares character by character,
    // which on every line of every page cost more than all this class's other work.
    private static readonly SearchValues<string> AsSubmitted = SearchValues.Create(["as submitted"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Releases = SearchValues.Create(["news release", "press release"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 30 and < MaxLength && text.ContainsAny(AsSubmitted) && text.ContainsAny(Releases);
}
