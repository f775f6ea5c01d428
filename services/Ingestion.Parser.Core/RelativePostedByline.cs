namespace Ingestion.Parser.Core;

/// <summary>
/// "posted yesterday by Dana Okafor (@danaokafor)", "Posted 3 hours ago by Name": a startup blog's byline whose time is
/// relative; the label before the name is "posted", the relative time and "by". The time itself is no date (null).
/// </summary>
internal static class RelativePostedByline
{
    private const string Posted = "posted ";
    private const string By = " by ";
    private const int MaxTimeLength = 24;

    private static readonly WordSet RelativeDays = new(["yesterday", "today", "just now", "moments ago", "recently"]);

    private static readonly WordSet Units = new(["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years"]);

    /// <summary>The length of the label up to the name, 0 when the line opens with no such label.</summary>
    public static int LabelLength(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(Posted, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var by = text.IndexOf(By, StringComparison.Ordinal);
        if (by <= Posted.Length || by - Posted.Length > MaxTimeLength)
        {
            return 0;
        }

        var time = text[Posted.Length..by].Trim();
        return RelativeDays.Contains(time) || IsAgo(time) ? by + By.Length : 0;
    }

    /// <summary>"3 hours ago", "an hour ago", "a day ago".</summary>
    private static bool IsAgo(ReadOnlySpan<char> time)
    {
        if (!time.EndsWith(" ago", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var count = time[..^4].Trim();
        var space = count.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var number = count[..space];
        return (int.TryParse(number, out _) || number is "a" or "an") && Units.Contains(count[(space + 1)..]);
    }
}
