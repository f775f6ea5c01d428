namespace Ingestion.Parser.Core;

/// <summary>
/// "Sept. 26, 2013 | 2:14": a video page prints the day the clip went up and, after a bar, the clip's length in minutes and
/// seconds. A clock there would carry its meridiem or zone, or a 24-hour clock's two-digit hour; a lone "m:ss" is the length.
/// </summary>
internal static class ClipLengthAfterDate
{
    /// <summary>The line without the clip's length after the date, so that the length is not read as the time of day.</summary>
    public static string Without(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || !IsMinutesAndSeconds(line.AsSpan(bar + 3).Trim()))
        {
            return line;
        }

        var before = line.AsSpan(0, bar).TrimEnd();
        return DateLineParser.TryParseLine(before, out var day) && day.IsDateOnly && !day.Relative ? line[..bar].TrimEnd() : line;
    }

    /// <summary>"2:14": one digit of minutes, a colon and two of seconds.</summary>
    private static bool IsMinutesAndSeconds(ReadOnlySpan<char> text) =>
        text.Length == 4 && char.IsAsciiDigit(text[0]) && text[1] == ':' && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[2] <= '5';
}
