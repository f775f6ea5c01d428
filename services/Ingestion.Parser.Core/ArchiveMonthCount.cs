namespace Ingestion.Parser.Core;

/// <summary>
/// "September 2013 (14)": a blog's archive widget lists each month with the number of posts in it. The month and year
/// are no date of the story, and the count in brackets is no day of that month.
/// </summary>
internal static class ArchiveMonthCount
{
    /// <summary>Whether the line is a month, a four-digit year and a bracketed count, nothing else.</summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length < 10 || line[^1] != ')')
        {
            return false;
        }

        var open = line.LastIndexOf('(');
        if (open < 6 || open > line.Length - 3 || !IsDigits(line[(open + 1)..^1]))
        {
            return false;
        }

        var monthYear = line[..open].TrimEnd();
        var space = monthYear.LastIndexOf(' ');
        return space > 0 && monthYear.Length - space - 1 == 4 && IsDigits(monthYear[(space + 1)..])
            && DateWords.TryGet(monthYear[..space].Trim(), out var kind, out _) && kind == DateWords.Kind.Month;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length is > 0 and <= 5 && !text.ContainsAnyExceptInRange('0', '9');
}
