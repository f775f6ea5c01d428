using System.Globalization;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="DC.date.issued" content="2013-09-24"&gt;" beside "By Name, Published: September 24 at 1:05 pm": the
/// metadata gives the day, the shown line without a year gives the clock on that day.
/// </summary>
internal static class ShownClockOnMetaDay
{
    private const int LongestDateLine = 80;

    /// <summary>The day with the shown clock, or null when no shown date line names that day with a time.</summary>
    public static string? Find(IDocument document, string day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        foreach (var line in document.SelectAll("[class*='publish'], [class*='date'], [class*='timestamp'], time"))
        {
            var text = Whitespace.Collapse(line.TextContent);
            // "Updated: Tuesday, March 12, 7:45 PM" is a later time of the same day, not the publication's.
            if (text.Length > LongestDateLine || line.Nearest("[class*='comment'], [id*='comment']") is not null
                || IsUpdate(line.ClassName) || IsUpdate(text))
            {
                continue;
            }

            // A day without a year reads as a relative day ("September 24 at 1:05 pm"); with the metadata's year it is that day.
            if (DateLineParser.Parse(text, out _) is { Date: null, Relative: true }
                && DateLineParser.Parse(text + " " + date.Year.ToString(CultureInfo.InvariantCulture), out _) is { Time: not null, Relative: false } shown
                && shown.Date == date)
            {
                return shown.ToIso();
            }
        }

        return null;
    }

    private static bool IsUpdate(string? text) =>
        text is not null && (text.Contains("updat", StringComparison.OrdinalIgnoreCase) || text.Contains("modif", StringComparison.OrdinalIgnoreCase));
}
