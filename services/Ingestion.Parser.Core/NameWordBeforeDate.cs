namespace Ingestion.Parser.Core;

/// <summary>
/// "Marc A. 26/09/2013 - 12h18", "By Tom Brennan, The Coastal Sun September 24, 2013 8:02 PM": an initial, or a weekday's
/// abbreviation that is not the date's own day, glued before a date ends the name or the paper's name before it ("A."
/// reads as a filler word, "Sun" as a weekday). "Karen Thu 26/09/2013" keeps "Thu" with the date: it is that day.
/// </summary>
internal static class NameWordBeforeDate
{
    private const int LongestAbbreviation = 5;

    /// <summary>Whether the first word of <paramref name="dated"/>, which reads as <paramref name="time"/>, belongs to the name before it.</summary>
    public static bool Opens(ReadOnlySpan<char> dated, PageTime time)
    {
        var end = dated.IndexOfAny(' ', ',');
        if (end <= 0)
        {
            return false;
        }

        var word = dated[..end];
        if (IsInitial(word))
        {
            return true;
        }

        var bare = word.TrimEnd('.');
        return bare.Length <= LongestAbbreviation && time.Date is { } date
            && DateWords.TryGet(bare, out var kind, out var day) && kind == DateWords.Kind.Weekday && day > 0
            && day != IsoDay(date.DayOfWeek);
    }

    /// <summary>
    /// Where the date glued after the names starts, from the word holding its first digit back over up to two words
    /// that open it ("June 18, 2022", "Sat June 18, 2022"); -1 when no date starts there.
    /// </summary>
    public static int DateStart(string segment, int digit, out PageTime time)
    {
        var dateStart = -1;
        time = default;
        var digitWord = segment.LastIndexOf(' ', digit) + 1;
        for (var (start, words) = (digitWord, 0); start > 0 && words < 3; words++)
        {
            // "By Rupert Fane World Last updated: 24 September 2013": a label ending with its colon opens no date; the date
            // starts after it, so the label is left with the names (and read there as a label), not taken into the date.
            if (start < digitWord && segment.AsSpan(start).IndexOf(' ') is > 1 and var wordEnd && segment[start + wordEnd - 1] == ':')
            {
                break;
            }

            if ((DateLineParser.TryParseLine(segment.AsSpan(start), out var candidate) || DatePairs.TryReadEarlier(segment.AsSpan(start), out candidate)) && candidate.Date is not null)
            {
                if (Opens(segment.AsSpan(start), candidate))
                {
                    break;
                }

                (dateStart, time) = (start, candidate);
            }

            start = start >= 2 ? segment.LastIndexOf(' ', start - 2) + 1 : 0;
        }

        return dateStart;
    }

    private static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
