namespace Ingestion.Parser.Core;

/// <summary>
/// "Popular Articles" / "Now" / "Now" / "This Week" / "This Month" / headlines: a most-read box's menu of periods, its
/// current choice printed over the choices. "Now" or "Today" there picks the list's period; it is no time a comment or
/// the story was posted at, and the box's title over it is no commenter. Known by a longer period among the next lines.
/// </summary>
internal static class PeriodPickerItem
{
    private static readonly WordSet Current = new("now", "today", "right now");

    private static readonly WordSet LongerPeriods = new("this week", "this month", "past week", "past month", "week", "month", "7 days", "30 days");

    /// <summary>The most lines looked at under the item: the current choice may be printed twice.</summary>
    private const int LinesAfter = 2;

    public static bool Is(PageLines lines, int index)
    {
        // Asked of every date line: only a lone word of the current period goes on to look at the lines under it.
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length > 9 || !Current.Contains(text))
        {
            return false;
        }

        foreach (var next in lines.NonBlankAfter(index, LinesAfter, lines.Count))
        {
            if (LongerPeriods.Contains(lines[next].Text.AsSpan().Trim()))
            {
                return true;
            }
        }

        return false;
    }
}
