namespace Ingestion.Parser.Core;

/// <summary>
/// "Eight things said at the holiday table" / "December 29 6:30 PM" / "Example.com |" / "Life & Love News" / the text,
/// with "+ Life & Love News" in the menu's list at the top: the byline row's link to the post's section, which a text
/// browser prints at the margin on a line of its own, reads as a heading right over the text. A short line that stands
/// alone a few lines under a date line and repeats an item of a list above names the section, no headline: the
/// headline is above the date. A headline under its date line ("June 3, 2014" / "Weather") is no item of the menu.
/// </summary>
internal static class MenuSectionUnderDateline
{
    private const int MaxWords = 4;

    /// <summary>Lines with text, right above the section, among which the date line stands.</summary>
    private const int DateReach = 3;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length == 0 || Words.CountUpTo(text, MaxWords) > MaxWords || !lines.StandsAlone(index) || !IsUnderDateLine(lines, index))
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (lines[i].Text.Length > text.Length && CommentLine.StripMarker(lines[i].Text.Trim(), out var marker) is var item
                && marker == CommentLine.Marker.Bullet && item.SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnderDateLine(PageLines lines, int index)
    {
        var seen = 0;
        for (var i = index - 1; i >= 0 && seen < DateReach; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (lines.TryParseDate(i, out _))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
