namespace Ingestion.Parser.Core;

/// <summary>
/// "December 15, 20163:33 PM ET": a template that sets the date and the time in spans of their own, with no space between,
/// prints the year glued to the clock in a text rendering. Five or six digits before a clock's colon, the first four a
/// year of this century or the last, are the year and the hour.
/// </summary>
internal static class YearGluedToClock
{
    /// <summary>The line with a space between the year and the hour, or null when it holds no such run.</summary>
    public static string? Spaced(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon < 5 || colon + 2 >= line.Length || !char.IsAsciiDigit(line[colon + 1]) || !char.IsAsciiDigit(line[colon + 2]))
        {
            return null;
        }

        var start = colon;
        while (start > 0 && char.IsAsciiDigit(line[start - 1]))
        {
            start--;
        }

        if (colon - start is not (5 or 6) || (start > 0 && line[start - 1] is not (' ' or ',')) || !RecentYear.Is(line.Slice(start, 4)))
        {
            return null;
        }

        return string.Concat(line[..(start + 4)], " ", line[(start + 4)..]);
    }
}
