namespace Ingestion.Parser.Core;

/// <summary>
/// "• Tom" / "Reply" / "September 25, 2013 at 7:12 pm | Reply": a reader who answers "how do I reply?" with the button's
/// name. Where the thread prints its buttons on the comment's date line (in any order, "Reply | September 25, 2013 at
/// 7:12 pm"), the same button's word alone on the line right above that date line is no second copy of the button: it
/// is the comment's text. So is it where the thread prints no buttons at all ("Posted September 25, 2013 at 7:12 pm"):
/// the neighbouring comment's date line has no such word over it, so the word is no button row of the thread. A plugin's
/// age in the date's place ("2 days ago | Reply") is such a date line too.
/// </summary>
internal static class ButtonWordAnswer
{
    private const int LongestButton = 30;

    public static bool IsAnswer(PageLines lines, int index)
    {
        var word = lines[index].Text.Trim();
        if (word.Length is 0 or > LongestButton || Words.HasDigit(word))
        {
            return false;
        }

        var footer = lines.NextNonBlank(index, lines.Count);
        var above = lines.PreviousNonBlank(index);
        return footer < lines.Count && above >= 0 && !lines.TryParseDate(above, out _)
            && lines.TryParseDate(footer, out var time) && (time.Date is not null || time.Relative)
            // "Reply" / "3. Marco" / "September 28, 2013 at 3:30 pm": the next comment's numbered name reads as a day and a
            // month with no year, no footer of this comment; nor is "Jan 20th" over the next comment's full time.
            && !NumberedNameOverTime.Is(lines, footer) && !DateNameOverFullTime.Is(lines, footer)
            && (DateFooterButtons.Carries(lines[footer].Text, word) || IsReplyWordOverReplyFooter(word, lines[footer].Text)
                || IsNoButtonOfTheThread(lines, above, footer, word));
    }

    /// <summary>
    /// "Reply" / "25. September 2013 um 19:12 Uhr | Antworten": a thread that prints its reply button on the date line
    /// prints no second one over it, in whatever language the reader wrote the word.
    /// </summary>
    private static bool IsReplyWordOverReplyFooter(string word, string footer) =>
        !word.Contains(' ') && CommentLine.IsReplyRow(word) && DateFooterButtons.CarriesReplyButton(footer);

    private const int NeighbourReach = 40;

    /// <summary>
    /// "Posted September 25, 2013 at 7:12 pm" under "Reply" and, a few lines up or down, the other comment's
    /// "Posted September 25, 2013 at 7:04 pm" under its own text: a thread that prints a button row prints it over every
    /// date line, so a button's word over one date line only is the reader's. A thread whose footers carry separators
    /// carries its buttons there and is the rule above. Only a reply button's word is read so: "This comment has been
    /// removed." over the date line is a placeholder, whatever the neighbours print.
    /// </summary>
    private static bool IsNoButtonOfTheThread(PageLines lines, int above, int footer, string word)
    {
        if (!CommentLine.IsReplyRow(word) || DateFooterButtons.IsSeparated(lines[footer].Text))
        {
            return false;
        }

        var neighbour = -1;
        for (var index = above - 1; index >= 0 && index >= above - NeighbourReach && neighbour < 0; index--)
        {
            neighbour = IsOtherFooter(lines, index) ? index : -1;
        }

        for (var index = footer + 1; index < lines.Count && index <= footer + NeighbourReach && neighbour < 0; index++)
        {
            neighbour = IsOtherFooter(lines, index) ? index : -1;
        }

        if (neighbour < 0)
        {
            return false;
        }

        var over = lines.PreviousNonBlank(neighbour);
        return over >= 0 && !lines[over].Text.AsSpan().Trim().Equals(word, StringComparison.OrdinalIgnoreCase)
            && !lines.TryParseDate(over, out _);
    }

    private static bool IsOtherFooter(PageLines lines, int index)
    {
        var text = lines[index].Text;
        return text.Length is > 8 and < 80 && !DateFooterButtons.IsSeparated(text) && lines.TryParseDate(index, out var time)
            && time is { Date: not null, Time: not null };
    }
}
