namespace Ingestion.Parser.Core;

/// <summary>
/// "REFRESH(0 sec): file://localhost/service/…" (lynx), "Refresh (0 sec) /service/…" (w3m): a text browser prints a
/// page's meta refresh (most often the "please enable JavaScript" page a noscript block points to) as the dump's first
/// line. It is the browser's note, no headline and no text.
/// </summary>
internal static class BrowserRefreshNotice
{
    private const string Word = "refresh";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(Word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[Word.Length..].TrimStart(' ');
        if (rest is not ['(', ..])
        {
            return false;
        }

        var close = rest.IndexOf(')');
        return close > 1 && rest[1..close].TrimEnd() is var delay && delay.EndsWith(" sec", StringComparison.Ordinal) && char.IsAsciiDigit(delay[0]);
    }
}
