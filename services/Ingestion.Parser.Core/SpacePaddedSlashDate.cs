namespace Ingestion.Parser.Core;

/// <summary>
/// "By Name   10/ 5/11 09:19 PM ET": a news aggregator's byline row (2011) prints the date with C's space-padded day
/// (strftime's "%e"), so a one-digit day stands after a space: "10/ 5/11". With the space taken out, "10/5/11" reads
/// as any slash date. Asked only when the line failed as printed.
/// </summary>
internal static class SpacePaddedSlashDate
{
    /// <summary>The line with the pad after the slash removed, or null when it holds no such date.</summary>
    public static string? Closed(ReadOnlySpan<char> line)
    {
        // Most lines are turned down here: no slash followed by a space.
        var gap = line.IndexOf("/ ", StringComparison.Ordinal);
        if (gap < 1 || line.Length > DateLineParser.LongestLine)
        {
            return null;
        }

        // One or two digits before the slash, one space, one digit, a slash and a two- or four-digit year, then a word's end.
        var monthStart = gap;
        while (monthStart > 0 && char.IsAsciiDigit(line[monthStart - 1]))
        {
            monthStart--;
        }

        var day = gap + 2;
        if (gap - monthStart is not (1 or 2) || (monthStart > 0 && line[monthStart - 1] is not (' ' or '\t' or ',' or '|' or '('))
            || day + 2 >= line.Length || !char.IsAsciiDigit(line[day]) || line[day + 1] != '/')
        {
            return null;
        }

        var yearEnd = day + 2;
        while (yearEnd < line.Length && char.IsAsciiDigit(line[yearEnd]))
        {
            yearEnd++;
        }

        if (yearEnd - day - 2 is not (2 or 4) || (yearEnd < line.Length && line[yearEnd] is not (' ' or '\t' or ',' or '|' or ')')))
        {
            return null;
        }

        return string.Concat(line[..(gap + 1)], line[day..]);
    }
}
