namespace Ingestion.Parser.Core;

/// <summary>
/// "Published 09/26 2013 05:41PM": the Lakana TV-station template (many US local stations, 2012–2016) prints month and day
/// joined by a slash and the year after a space. Joined to "09/26/2013", the date reads as any slash date, and a page's
/// other dates settle its order as they settle "09/26/2013"'s.
/// </summary>
internal static class SlashMonthDaySpaceYear
{
    /// <summary>The line with the space between "09/26" and "2013" made a slash, or null when it holds no such date.</summary>
    public static string? Joined(ReadOnlySpan<char> line)
    {
        // Most lines are turned down here: no slash, or one that no digit pair stands around.
        var slash = line.IndexOf('/');
        if (slash < 1 || line.Length > DateLineParser.LongestLine)
        {
            return null;
        }

        var dayEnd = slash + 1;
        while (dayEnd < line.Length && char.IsAsciiDigit(line[dayEnd]))
        {
            dayEnd++;
        }

        var monthStart = slash;
        while (monthStart > 0 && char.IsAsciiDigit(line[monthStart - 1]))
        {
            monthStart--;
        }

        // One or two digits each side, then one space and a four-digit year of this century or the last, then a word's end.
        if (slash - monthStart is not (1 or 2) || dayEnd - slash - 1 is not (1 or 2) || (monthStart > 0 && !IsGap(line[monthStart - 1]))
            || dayEnd + 5 > line.Length || line[dayEnd] != ' ' || !RecentYear.Is(line.Slice(dayEnd + 1, 4))
            || (dayEnd + 5 < line.Length && !IsGap(line[dayEnd + 5])))
        {
            return null;
        }

        return string.Concat(line[..dayEnd], "/", line[(dayEnd + 1)..]);
    }

    private static bool IsGap(char c) => c is ' ' or ',' or '\t' or ':' or '(' or '|';
}
