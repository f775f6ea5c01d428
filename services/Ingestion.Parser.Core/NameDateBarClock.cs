namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted by: Florida CPA, 27 Sep 2011 | 15:22": a signature that prints the name, a comma, the day and, after a bar, the
/// clock. Read from the bar, the name would keep the day ("Florida CPA, 27 Sep 2011") and the time lose it; the day
/// after the last comma before the bar, with the clock, is the time, and what stands before that comma the name.
/// </summary>
internal static class NameDateBarClock
{
    public static bool TryRead(string core, out string name, out PageTime? time)
    {
        name = string.Empty;
        time = null;
        // Cheap gates: a bar, a comma before it, a short clock after it.
        var bar = core.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || core.Length - bar > 14)
        {
            return false;
        }

        var comma = core.LastIndexOf(", ", bar, StringComparison.Ordinal);
        if (comma <= 0 || !IsClock(core.AsSpan(bar + 3).Trim())
            || !DateLineParser.TryParseLine(core.AsSpan(comma + 2).Trim(), out var both) || both.Date is null || both.Time is null)
        {
            return false;
        }

        var before = core.AsSpan(0, comma).Trim();
        if (!Words.LooksLikeName(before))
        {
            return false;
        }

        name = Whitespace.Collapse(before.ToString());
        time = both;
        return true;
    }

    /// <summary>"15:22", "9:05 pm": a clock alone, digits around a colon, a meridiem at most.</summary>
    private static bool IsClock(ReadOnlySpan<char> tail) =>
        tail.Length is >= 4 and <= 8 && char.IsDigit(tail[0]) && tail.IndexOf(':') is > 0 and < 3 && !tail.ContainsAny('|', ',');
}
