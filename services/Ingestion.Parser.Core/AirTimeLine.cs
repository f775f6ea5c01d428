namespace Ingestion.Parser.Core;

/// <summary>
/// "Weeknights at 9 p.m. ET", "Weekdays 6-9 a.m. ET", "Sundays at 10:30 a.m. ET/PT": a television show's air time printed
/// under its name at the top of the show's blog. It names no date of the post and is no headline: a few words, led by
/// the days the show runs, ending in a clock time or its zone.
/// </summary>
internal static class AirTimeLine
{
    private static readonly WordSet DayWords = new(
    [
        "weeknights", "weekdays", "weekends", "nightly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    ]);

    private static readonly string[] Endings = ["a.m.", "p.m.", " am", " pm", " AM", " PM", " ET", " PT", " CT", " ET/PT", "/c"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var space = text.IndexOf(' ');
        if (text.Length > 60 || space <= 0 || !DayWords.Contains(text[..space]) || !text.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
