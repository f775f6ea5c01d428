using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// A byline's published and updated times side by side: "May 22, 2017May 23, 2017". Blog themes print both time elements
/// and hide one with their style; a dump of the page's text shows both, often run together.
/// </summary>
internal static class DatePairs
{
    /// <summary>
    /// "May 22, 2017May 23, 2017", "6:45 amNovember 3, 2016": a month or weekday glued to a number or to "am"/"pm" starts a
    /// word of its own. The line itself when nothing is glued.
    /// </summary>
    public static string Unglued(string line)
    {
        StringBuilder? unglued = null;
        var copied = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (YearGluedToDay(line, i))
            {
                (unglued ??= new StringBuilder(line.Length + 4)).Append(line, copied, i - copied).Append(' ');
                copied = i;
                continue;
            }

            if (!char.IsUpper(line[i]) || !(char.IsAsciiDigit(line[i - 1]) || EndsMeridiem(line, i)))
            {
                continue;
            }

            var end = i + 1;
            while (end < line.Length && char.IsLetter(line[end]))
            {
                end++;
            }

            if (DateWords.TryGet(line.AsSpan(i, end - i), out var kind, out _) && kind is DateWords.Kind.Month or DateWords.Kind.Weekday)
            {
                (unglued ??= new StringBuilder(line.Length + 4)).Append(line, copied, i - copied).Append(' ');
                copied = i;
            }
        }

        return unglued is null ? line : unglued.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>
    /// "11 Jun 202611 Jun 2026": day-first dates run together, the first's year into the second's day. Whether
    /// <paramref name="index"/> is the day's first digit: four digits of a year after a month's name and a space, then one
    /// or two digits, a space and a month's name.
    /// </summary>
    private static bool YearGluedToDay(string line, int index)
    {
        if (index < 4 || !char.IsAsciiDigit(line[index]) || index + 3 > line.Length)
        {
            return false;
        }

        var yearStart = index - 4;
        if (yearStart < 2 || line[yearStart - 1] != ' ' || !(char.IsLetter(line[yearStart - 2]) || line[yearStart - 2] == '.') || line.AsSpan(yearStart, 4).ContainsAnyExceptInRange('0', '9')
            || line[yearStart] is not ('1' or '2'))
        {
            return false;
        }

        var dayEnd = index + 1 < line.Length && char.IsAsciiDigit(line[index + 1]) ? index + 2 : index + 1;
        if (dayEnd >= line.Length || line[dayEnd] != ' ')
        {
            return false;
        }

        var monthEnd = dayEnd + 1;
        while (monthEnd < line.Length && char.IsLetter(line[monthEnd]))
        {
            monthEnd++;
        }

        var monthBefore = line.AsSpan(0, yearStart - 1);
        var wordStart = monthBefore.LastIndexOf(' ') + 1;
        return DateWords.TryGet(line.AsSpan(dayEnd + 1, monthEnd - dayEnd - 1), out var kind, out _) && kind == DateWords.Kind.Month
            && DateWords.TryGet(monthBefore[wordStart..].TrimEnd('.'), out var before, out _) && before == DateWords.Kind.Month;
    }

    /// <summary>Two whole dates and nothing else: the earlier is the publish time, whichever the theme prints first.</summary>
    public static bool TryReadEarlier(ReadOnlySpan<char> segment, out PageTime earlier)
    {
        earlier = default;
        if (!HoldsTwoYears(segment))
        {
            return false;
        }

        for (var space = segment.IndexOf(' '); space > 0; space = segment[(space + 1)..].IndexOf(' ') is var next and >= 0 ? space + 1 + next : -1)
        {
            if (DateLineParser.TryParseLine(segment[..space], out var first) && first.Date is { } firstDay
                && DateLineParser.TryParseLine(segment[(space + 1)..], out var second) && second.Date is { } secondDay)
            {
                earlier = secondDay < firstDay || (secondDay == firstDay && second.Time < first.Time) ? second : first;
                return true;
            }
        }

        return false;
    }

    /// <summary>"6:45 amNovember", "6:45amNovember": "am" or "pm" right after a clock's digits.</summary>
    private static bool EndsMeridiem(string line, int at)
    {
        if (at < 3 || line.AsSpan(at - 2, 2) is var meridiem && !meridiem.Equals("am", StringComparison.OrdinalIgnoreCase) && !meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = at - 3;
        return char.IsAsciiDigit(line[before]) || (line[before] == ' ' && before > 0 && char.IsAsciiDigit(line[before - 1]));
    }

    /// <summary>Each date of a pair names its year: two runs of four digits.</summary>
    private static bool HoldsTwoYears(ReadOnlySpan<char> segment)
    {
        var years = 0;
        var run = 0;
        foreach (var character in segment)
        {
            run = char.IsAsciiDigit(character) ? run + 1 : 0;
            years += run == 4 ? 1 : 0;
        }

        return years >= 2;
    }
}
