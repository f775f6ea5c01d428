namespace Ingestion.Parser.Core;

/// <summary>
/// "By Adam KesslerSept. 25, 2013": a news magazine's byline row whose writer has no handle, as a scraper prints the name's
/// span and the date's span with nothing between them. The name's last letter is small and the month opens with a capital,
/// so the date begins at the month; spaced there, the line reads as any "By Name | date" line. A template that labels
/// each span ("ByDylan FaheyPublishedJuly 15, 2014") glues the label "By" to the name and the date's label to both.
/// </summary>
internal static class BylineNameGluedToDate
{
    private const int MaxLength = 120;

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    /// <summary>The date's own label, glued to the name before it as to the date after it: "…FaheyPublishedJuly 15".</summary>
    private static readonly string[] DateLabels = ["Published", "Posted", "Updated"];

    /// <summary>The line with a bar between the name and the date, or the line itself when no date is glued to a byline's name.</summary>
    public static string Spaced(string line)
    {
        // A date needs its day: one vectorised search rejects the lines without a digit before the byline's prefix test.
        if (line.Length > MaxLength || line.AsSpan().IndexOfAnyInRange('0', '9') < 0 || !(BylineParser.OpensAsByline(line) || GluedByLabel.Length(line) > 0))
        {
            return line;
        }

        for (var i = 4; i < line.Length - 4; i++)
        {
            if (char.IsAsciiLetterLower(line[i - 1]) && ((char.IsAsciiLetterUpper(line[i]) && MonthThenDay(line, i)) || (char.IsAsciiDigit(line[i]) && DayThenMonth(line, i))))
            {
                var label = GluedDateLabelLength(line.AsSpan(0, i));
                var byline = line[..(i - label)];
                var date = WithoutGluedCount(GluedHandleByline.DateItems(line[i..]));
                return BylineParser.TryRead(byline) is { Count: > 0 } ? byline + " | " + (label > 0 ? line[(i - label)..i] + " " + date : date) : line;
            }
        }

        return line;
    }

    /// <summary>The length of a date's label glued to the name's last small letter at the byline's end, 0 if none.</summary>
    private static int GluedDateLabelLength(ReadOnlySpan<char> byline)
    {
        foreach (var label in DateLabels)
        {
            if (byline.Length > label.Length + 1 && byline.EndsWith(label, StringComparison.Ordinal) && char.IsAsciiLetterLower(byline[^(label.Length + 1)]))
            {
                return label.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// "by Ewan Marsh22 Dec 2016651": the day-first date of a British or European template glued to the name, and the
    /// comment count's link glued to the year after it.
    /// </summary>
    private static bool DayThenMonth(string line, int start)
    {
        var end = start;
        while (end < line.Length && end - start < 3 && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        if (end - start is < 1 or > 2 || end + 1 >= line.Length || line[end] != ' ' || !char.IsAsciiLetterUpper(line[end + 1]))
        {
            return false;
        }

        var monthEnd = end + 2;
        while (monthEnd < line.Length && char.IsAsciiLetterLower(line[monthEnd]))
        {
            monthEnd++;
        }

        return IsMonth(line.AsSpan(end + 1, monthEnd - end - 1));
    }

    /// <summary>"22 Dec 2016651" as "22 Dec 2016 | 651": a run of digits at the end longer than a year is the year and a count.</summary>
    private static string WithoutGluedCount(string date)
    {
        var run = date.Length;
        while (run > 0 && char.IsAsciiDigit(date[run - 1]))
        {
            run--;
        }

        return date.Length - run is > 4 and <= 9 && YearInText.In(date.AsSpan(run, 4)) && (run == 0 || date[run - 1] == ' ')
            ? date[..(run + 4)] + " | " + date[(run + 4)..]
            : date;
    }

    /// <summary>"Sept. 25", "May 5": a month's name or abbreviation at <paramref name="start"/>, then a day.</summary>
    private static bool MonthThenDay(string line, int start)
    {
        var end = start + 1;
        while (end < line.Length && char.IsAsciiLetterLower(line[end]))
        {
            end++;
        }

        if (!IsMonth(line.AsSpan(start, end - start)))
        {
            return false;
        }

        if (end < line.Length && line[end] == '.')
        {
            end++;
        }

        return end + 1 < line.Length && line[end] == ' ' && char.IsAsciiDigit(line[end + 1]);
    }

    // A loop, not a lambda: nothing is allocated for a byline that holds no glued date.
    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        foreach (var month in Months)
        {
            if (word.SequenceEqual(month))
            {
                return true;
            }
        }

        return false;
    }
}
