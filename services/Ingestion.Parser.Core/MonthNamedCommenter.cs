namespace Ingestion.Parser.Core;

/// <summary>
/// "Mai 21. December 2017", "June 3 March 2014 at 10:12": a comment's header whose writer goes by a
/// name that is also a month's (May, June, April, German "Mai", Dutch "Jan") before the comment's date. A month word
/// before a date is the date's own ("May 21, 2017"), so the header was read as no name and the comment ran into the one
/// above it. A date names one month: where the date after the word names its month itself in words, the word before it
/// is the writer's name. A date in figures after the word ("Jan 12.03.2014") is left alone: "May 21, 2017" leaves one too.
/// </summary>
internal static class MonthNamedCommenter
{
    /// <summary>Whether the line is such a header: a month word, a space, and a date that names a month in words.</summary>
    public static bool Opens(string line)
    {
        var space = line.IndexOf(' ');
        return space > 0 && IsMonthWord(line.AsSpan(0, space)) && line.AsSpan(space + 1) is var date
            && NamesMonth(date) && DateLineParser.TryParseLine(date, out var parsed) && parsed.Date is not null;
    }

    public static bool Is(ReadOnlySpan<char> name, ReadOnlySpan<char> date, PageTime parsed) =>
        parsed.Date is not null && IsMonthWord(name.Trim()) && NamesMonth(date);

    private static bool NamesMonth(ReadOnlySpan<char> date)
    {
        foreach (var range in date.SplitAny(" ,/-"))
        {
            if (IsMonthWord(date[range].Trim('.')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMonthWord(ReadOnlySpan<char> word) =>
        !word.IsEmpty && DateWords.TryGet(word, out var kind, out _) && kind == DateWords.Kind.Month;
}
