namespace Ingestion.Parser.Core;

/// <summary>
/// "When did the first plane hit?" answered by "September 11, 2001 at 8:46 am" over the reply's own footer "September 27,
/// 2013 at 11:58 am | Reply": a date line right over the comment's footer that names another moment, and carries no
/// button, is the comment's text, not a second copy of its time. The footer's buttons may come in any order, after a bar
/// or a middle dot ("Reply | September 27, 2013 at 11:58 am", "September 27, 2013 11:58 am · Reply · Report abuse"), or
/// the footer may be labelled instead ("Posted September 27, 2013 at 11:58 am"). A footer printing the comment's age
/// ("2 days ago | Reply", as Disqus and Livefyre do) names no moment the answer could copy. Where a reader mode dropped
/// the buttons, the bare footer still tells: the comment's time comes after the moment its text names, on a later day
/// (two bare times of one day may be a comment's posting and its edit).
/// </summary>
internal static class DateAnswer
{
    public static bool IsAnswer(PageLines lines, int index)
    {
        var text = lines[index].Text.Trim();
        if (text.Contains('|', StringComparison.Ordinal) || !lines.TryParseDate(index, out var answer) || answer is not { Date: not null, Time: not null })
        {
            return false;
        }

        var footer = lines.NextNonBlank(index, lines.Count);
        var above = lines.PreviousNonBlank(index);
        return footer < lines.Count && above >= 0 && !lines.TryParseDate(above, out _)
            && lines.TryParseDate(footer, out var time)
            && (IsFooter(lines[footer].Text)
                ? (time is { Date: not null, Time: not null } && (time.Date != answer.Date || time.Time != answer.Time)) || time.Relative
                : time is { Date: not null, Time: not null } && time.Date > answer.Date);
    }

    private static bool IsFooter(string text) =>
        DateFooterButtons.IsSeparated(text) || text.AsSpan().TrimStart().StartsWith("Posted ", StringComparison.Ordinal);
}
