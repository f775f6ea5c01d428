namespace Ingestion.Parser.Core;

/// <summary>
/// "By Nadia Ferraro, Published: September 17 | Updated: Wednesday, September 18, 8:12 a.m.": a line that ends with a
/// clock printed in AP style ends with the clock's own stop, not a sentence's; with a writer's name read from it, it is a
/// byline, as the same line ending "8:12 AM" is.
/// </summary>
internal static class ClockStopEnding
{
    /// <summary>Whether the text ends with a clock and its "a.m." / "p.m." ("8:12 a.m.", "10:42 P.M.", "10:42p.m.").</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length < 8 || !text.EndsWith(".m.", StringComparison.OrdinalIgnoreCase) || text[^4] is not ('a' or 'p' or 'A' or 'P'))
        {
            return false;
        }

        var clock = text[..^4].TrimEnd();
        // "8:12": digits, a colon, two digits.
        return clock.Length >= 4 && char.IsAsciiDigit(clock[^1]) && char.IsAsciiDigit(clock[^2]) && clock[^3] == ':' && char.IsAsciiDigit(clock[^4]);
    }
}
