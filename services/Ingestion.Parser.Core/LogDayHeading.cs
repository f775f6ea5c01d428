namespace Ingestion.Parser.Core;

/// <summary>
/// "Monday, July 9" / "7:42 a.m. – A Bank Street resident reported …" / "2:15 p.m. – Officers assisted …": a police log
/// or a timeline groups its entries under the day they fell on. Inside the text, a day with no clock right over an entry
/// that opens with its own time heads the entries, a line of the text, not the article's date.
/// </summary>
internal static class LogDayHeading
{
    private const int MaxWords = 5;

    /// <summary>A day without its year reads as relative (<see cref="PageTime.Relative"/>); only a clock rules a heading out.</summary>
    public static bool Is(PageLines lines, int index, int end, PageTime time) =>
        time.Time is null && Words.Count(lines[index].Text) <= MaxWords
        && lines.NextNonBlank(index, end) is var next && next < end && ClockLedEntry.Opens(lines[next].Text);
}
