using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "March 18 at 3:57 PM" by the story, "/world/gunmen-storm-museum/2015/03/18/00202e76_story.html" as the page's own
/// address: templates of 2012–2016 print a story of the current year without its year, while the publishing system writes
/// the day into the address. When the shown day and month agree with the address's, the address gives the year. A page
/// whose address holds no whole day, or whose shown day differs from it, is left undated.
/// </summary>
internal static class YearFromDatedAddress
{
    /// <summary>The shown byline and date sit near the top of the page's text; a yearless day further down is a comment's or a teaser's.</summary>
    private const int MaxLinesRead = 120;

    /// <summary>"at 3:57 PM EDT": the words of a clock after the day.</summary>
    private const int MaxWordsAfterDay = 4;

    /// <summary>The day the page shows without its year, completed from its address, or null.</summary>
    public static string? Read(IReadOnlyList<string> addresses, PageLines lines)
    {
        foreach (var address in addresses)
        {
            if (DayInPath(address) is not { } day)
            {
                continue;
            }

            for (var i = 0; i < lines.Count && i < MaxLinesRead; i++)
            {
                if (ShownDay(lines[i].Text, day) is { } time)
                {
                    return time;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The day of "…/2015/03/18/…": a year, a month and a day as three whole path segments in a row, each of digits only;
    /// with <paramref name="dayMayEndPath"/> false, a segment must follow the day (a story's address, no day's archive).
    /// </summary>
    internal static DateOnly? DayInPath(string address, bool dayMayEndPath = true)
    {
        var path = address.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        for (var at = path.IndexOf('/'); at >= 0 && at + 11 <= path.Length; at = path[(at + 1)..].IndexOf('/') is var next and >= 0 ? at + 1 + next : -1)
        {
            var rest = path[(at + 1)..];
            if (rest.Length >= 10 && rest[4] == '/' && rest[7] == '/' && (rest.Length == 10 ? dayMayEndPath : rest[10] == '/')
                && int.TryParse(rest[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1995 and <= 2100
                && int.TryParse(rest[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                && int.TryParse(rest[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth) && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, dayOfMonth);
            }
        }

        return null;
    }

    /// <summary>
    /// The time of a line holding the day's month and number without a year ("March 18 at 3:57 PM", "By Name 18 March
    /// 15:57"), with the year set in; the day alone when the words after it are no clock.
    /// </summary>
    internal static string? ShownDay(string line, DateOnly day)
    {
        // Most lines are prose: too long for a date row, or without a digit.
        if (line.Length > DateLineParser.LongestLine || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        if (YearInText.In(line))
        {
            return null;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        for (var i = 0; i + 1 < words.Length; i++)
        {
            var monthFirst = IsMonth(words[i], day.Month) && IsDay(words[i + 1], day.Day);
            var dayFirst = !monthFirst && IsDay(words[i], day.Day) && IsMonth(words[i + 1], day.Month);
            if (!monthFirst && !dayFirst)
            {
                continue;
            }

            var pair = string.Join(' ', words[i..(i + 2)]).TrimEnd(',');
            var withYear = monthFirst ? $"{pair}, {day.Year}" : $"{pair} {day.Year}";
            // The clock follows the day ("at 3:57 PM"); buttons or a follow link may follow the clock on the same row.
            for (var end = Math.Min(words.Length, i + 2 + MaxWordsAfterDay); end > i + 2; end--)
            {
                if (DateLineParser.TryParseLine($"{withYear} {string.Join(' ', words[(i + 2)..end])}", out var timed) && timed.Date == day && timed.Time is not null)
                {
                    return timed.ToIso();
                }
            }

            return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static bool IsMonth(string word, int month) =>
        DateWords.TryGet(word.AsSpan().TrimEnd(".,"), out var kind, out var value) && kind == DateWords.Kind.Month && value == month;

    /// <summary>"18", "18,", "18." (German and Scandinavian day-first typography).</summary>
    private static bool IsDay(string word, int dayOfMonth) => int.TryParse(word.AsSpan().TrimEnd(".,"), out var number) && number == dayOfMonth;
}
