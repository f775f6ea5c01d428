using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time datetime="2014-03-09T10:18:46Z"&gt;Publié le 4 mars 2014&lt;/time&gt;": a template that fills the attribute from
/// another field than the words (the last edit, the day the story was moved) shows the reader one day and hands the
/// machine another. The words are what the page says: when the shown date names a day more than one off the attribute's
/// (a day's gap is a zone's, the attribute in UTC), the shown day is read and the attribute is not. A shown time without
/// a day ("2 hours ago", "10:30") or words that read as no date leave the attribute standing.
/// </summary>
internal static class ShownDayBesideDatetime
{
    /// <summary>A labelled date with a weekday and a clock at most.</summary>
    private const int LongestShownDate = 60;

    public static bool Contradicts(IElement time, string iso)
    {
        if (time.ChildElementCount != 0 || iso.Length < 10 || !DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", out var machineDay))
        {
            return false;
        }

        var shown = time.TextContent.AsSpan().Trim();
        return shown.Length is > 5 and <= LongestShownDate && shown.ContainsAnyInRange('0', '9')
            && DateLineParser.TryParseLine(shown, out var parsed) && !parsed.Relative && parsed.Date is { } shownDay
            && Math.Abs(shownDay.DayNumber - machineDay.DayNumber) > 1;
    }
}
