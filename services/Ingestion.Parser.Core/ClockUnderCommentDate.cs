namespace Ingestion.Parser.Core;

/// <summary>
/// "reply" / "May 3, 2018" / "6:32 PM": Drupal prints a comment's links as one inline list under its text, the day and
/// the clock in items of their own, so the clock stands alone on the line under the day. A clock alone right under the
/// comment's date-only time is that day's time, as a reader sees both on one row.
/// </summary>
internal static class ClockUnderCommentDate
{
    /// <summary>The date at <paramref name="index"/> with the clock on the next line before <paramref name="end"/>, or the date alone.</summary>
    public static PageTime Joined(PageLines lines, int index, int end, PageTime date)
    {
        if (!date.IsDateOnly || index + 1 >= end || lines[index + 1].Text.Length > 12 || !lines.TryParseDate(index + 1, out var clock) || !clock.IsTimeOnly)
        {
            return date;
        }

        return date.WithTimeOf(clock);
    }
}
