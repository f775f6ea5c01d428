namespace Ingestion.Parser.Core;

/// <summary>
/// "[Samstag, 11. April 2015]" / "Frühjahrsputz 2015" / text, then "[Montag, 2. März 2015]" / "Saatguttausch …" / text:
/// a blog's front page prints each entry's day right over its headline. A date above the headline usually is the
/// masthead's day, which a date under the headline outranks; one on the line right over the headline is the story's
/// own when the page goes on to print two more entries of the same shape (a date line, a short headline right under
/// it, text under that), and the later entries' dates under it are theirs.
/// </summary>
internal static class DateRightOverHeadline
{
    private const int EntriesNeeded = 2;
    private const int MaxHeadlineWords = 12;

    public static bool Is(PageLines lines, int index, int titleIndex, int end) =>
        titleIndex > 0 && index < titleIndex && lines.PreviousNonBlank(titleIndex) == index && LaterEntries(lines, titleIndex, end) >= EntriesNeeded;

    private static int LaterEntries(PageLines lines, int titleIndex, int end)
    {
        var entries = 0;
        for (var i = titleIndex + 1; i < end && entries < EntriesNeeded; i++)
        {
            if (lines[i].Text.Length is > 0 and < 80 && lines.TryParseDate(i, out var day) && day.IsDateOnly
                && lines.NextNonBlank(i, end) is var headline && headline < end && headline <= i + 2 && IsShortHeadline(lines, headline)
                && lines.NextNonBlank(headline, end) is var text && text < end && text <= headline + 2 && !lines.TryParseDate(text, out _) && Words.Count(lines[text].Text) > MaxHeadlineWords)
            {
                entries++;
            }
        }

        return entries;
    }

    private static bool IsShortHeadline(PageLines lines, int index) =>
        lines[index].Text.Trim() is { Length: > 0 } text && Words.HasLetter(text) && Words.Count(text) <= MaxHeadlineWords
        && text[^1] is not ('.' or ',' or ':' or ';') && !lines.TryParseDate(index, out _) && !lines.IsBoilerplate(index);
}
