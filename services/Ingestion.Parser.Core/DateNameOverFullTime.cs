namespace Ingestion.Parser.Core;

/// <summary>
/// "Jan 20th" right over "September 26, 2013 at 8:15 am": a commenter who named himself after a day. A comment's time is
/// printed once; a day without a year or a clock right over a full time with both is the header's name.
/// </summary>
internal static class DateNameOverFullTime
{
    private const int LongestName = 20;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length is < 3 or > LongestName || !char.IsAsciiLetterUpper(text[0]) || text.Contains(':') || YearInText.In(text) || index + 1 >= lines.Count)
        {
            return false;
        }

        return Words.HasDigit(text) && lines.TryParseDate(index, out var day) && day.Time is null
            && lines.TryParseDate(index + 1, out var full) && full is { Date: not null, Time: not null } && YearInText.In(lines[index + 1].Text);
    }
}
