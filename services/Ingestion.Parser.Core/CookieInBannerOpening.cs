using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "We use cookies to …", "This website uses cookies …", "En poursuivant votre navigation …, vous acceptez l'utilisation
/// de cookies …": a cookie banner names the cookies in its opening words, since they are what it is about. A paragraph of
/// the text that mentions them only late, at the end of a long sentence about something else ("… such blockers are
/// harder to use than the browsers most people know, and they get in the way of some errands. (For example, paying a
/// council tax bill … will not work without third-party cookies.)"), is an article about the web, not a banner.
/// </summary>
internal static class CookieInBannerOpening
{
    /// <summary>Where the latest banner of the corpus names its cookies, with room to spare (an Italian one, at 110).</summary>
    private const int OpeningLength = 160;

    public static bool Holds(ReadOnlySpan<char> text, SearchValues<string> cookieWord) =>
        text.IndexOfAny(cookieWord) is >= 0 and < OpeningLength;
}
