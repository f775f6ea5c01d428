using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Internet Explorer 11 is no longer supported. For the best experience, open our site in another browser.": a site's banner for old
/// browsers, which its style sheet hides from every other browser; a text browser prints it as the dump's first line. It
/// speaks to the reader about the reader's browser and is no headline and no text. Known by "browser", a word saying the
/// browser is not supported or should be changed, and words addressing the reader ("your", "our site", "another
/// browser"), so a tech story's "Chrome is no longer supported on Windows 7, the company said." stays.
/// </summary>
internal static class UnsupportedBrowserNotice
{
    private const int LongestNotice = 160;

    private static readonly SearchValues<string> Unsupported = SearchValues.Create(
        ["not supported", "no longer supported", "outdated browser", "upgrade your browser", "update your browser"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AddressingReader = SearchValues.Create(
        ["your browser", "another browser", "a different browser", "our site", "optimal experience", "best experience"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 20 and <= LongestNotice && text.Contains("browser", StringComparison.OrdinalIgnoreCase)
        && text.ContainsAny(Unsupported) && text.ContainsAny(AddressingReader);
}
