namespace Ingestion.Parser.Core;

/// <summary>
/// "3. Marco" over "September 28, 2013 at 3:30 pm": a thread numbered as a list prints a one-word name after the comment's
/// number, and the comment's full time on the line under it. A name that reads as a day and a month ("3. Marco", the
/// Portuguese month without its cedilla) is the header's name, not a second time with neither year nor clock. A plugin's
/// age in the time's place ("3. Marco" / "2 days ago") is such a time too, and so is the time under the comment's text.
/// </summary>
internal static class NumberedNameOverTime
{
    private const int LongestName = 30;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length is < 4 or > LongestName || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var rest = CommentLine.StripMarker(text, out var marker);
        if (marker != CommentLine.Marker.Number || rest.IsEmpty || !char.IsLetter(rest[0]) || rest.Contains(':') || (!IsWholeDate(rest) && (rest.ContainsAny(' ', ',') || Words.HasDigit(rest))))
        {
            return false;
        }

        var below = lines.NextNonBlank(index, lines.Count);
        return below < lines.Count && (IsWholeDate(rest) || (lines.TryParseDate(index, out var read) && read.Time is null))
            && (IsFullTime(lines, below) || IsFullTimeUnderText(lines, below));
    }

    /// <summary>
    /// "10. Nov. 6 2012" over the comment's text and "September 25, 2013 at 2:20 pm | Reply": a commenter who named himself
    /// after a date, in full. The numbered header over a full time under the text is the name however it reads.
    /// </summary>
    public static bool TryReadDateName(PageLines lines, int index, out string author)
    {
        author = string.Empty;
        if (!Is(lines, index))
        {
            return false;
        }

        author = Whitespace.Collapse(CommentLine.StripMarker(lines[index].Text, out _).ToString());
        return author.Length > 0;
    }

    /// <summary>A name that is a whole date by itself, day, month and year ("Nov. 6 2012"), without a clock.</summary>
    public static bool IsWholeDate(ReadOnlySpan<char> rest) =>
        Words.HasDigit(rest) && DateLineParser.TryParseLine(rest, out var date) && date.Date is not null && date.Time is null;

    /// <summary>The most paragraphs a comment may hold over its time.</summary>
    private const int MostParagraphsOverTime = 4;

    /// <summary>
    /// "3. Marco" / "Honestly the flight is the right call." / "September 28, 2013 at 3:30 pm | Reply": WordPress themes print
    /// the time under the comment's text; the next numbered header comes first where the name had no time of its own.
    /// </summary>
    private static bool IsFullTimeUnderText(PageLines lines, int text)
    {
        if (lines.TryParseDate(text, out _))
        {
            return false;
        }

        for (var (i, paragraphs) = (lines.NextNonBlank(text, lines.Count), 1); i < lines.Count && paragraphs <= MostParagraphsOverTime; i = lines.NextNonBlank(i, lines.Count), paragraphs++)
        {
            if (IsFullTime(lines, i))
            {
                return true;
            }

            if (char.IsAsciiDigit(lines[i].Text[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsFullTime(PageLines lines, int index) =>
        (lines.TryParseDate(index, out var time) || CommentLine.TryParseAfterActions(lines[index].Text, out time)) && (time is { Date: not null, Time: not null } || time.Relative);
}
