namespace Ingestion.Parser.Core;

/// <summary>
/// "Corner shop raided twice in a week …" / "<c>   </c>7:02am Thursday 26th September 2013" / "<c>   </c>By Ed Carrow" /
/// "<c>   </c>Raj Bhatti outside his shop …": <c>lynx -dump</c> prints headings at the margin and every other block three
/// spaces in. When the title found by reading up from the text is an indented line under the byline or date (the lead
/// picture's caption, its alt text, a deck), and a headline-like line at the margin stands over that byline with no other
/// margin line between, the margin line is the story's heading and the title. So it is over an indented line right under
/// it that has the byline or date below: that line is the deck.
/// </summary>
internal static class LynxMarginHeading
{
    public static int Over(PageLines lines, int title, int firstProse, Func<int, bool> isHeadline)
    {
        if (firstProse >= lines.Count || lines[firstProse].Indent == 0 || lines[firstProse].Centred || lines[title].Indent == 0 || lines[title].Centred)
        {
            return -1;
        }

        for (var i = title + 1; i < firstProse; i++)
        {
            if (!lines[i].IsBlank && lines[i].Indent == 0)
            {
                return -1;
            }
        }

        var sawByline = false;
        var linesBetween = 0;
        for (var i = title - 1; i >= 0; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (lines[i].Indent == 0)
            {
                return (sawByline || (linesBetween == 0 && BylineUnder(lines, title, firstProse))) && !lines[i].Centred && isHeadline(i) ? i : -1;
            }

            sawByline |= lines.IsBylineOrDate(i);
            linesBetween++;
        }

        return -1;
    }

    /// <summary>
    /// "Headline at the margin" / "<c>   </c>"A quote as the deck."" / "<c>   </c>By Name on June 29, 2014": a deck lynx prints
    /// indented right under the heading, with the byline or date under it before the text, leaves the heading the title.
    /// </summary>
    private static bool BylineUnder(PageLines lines, int title, int firstProse)
    {
        for (var i = title + 1; i < firstProse; i++)
        {
            if (!lines[i].IsBlank && lines.IsBylineOrDate(i))
            {
                return true;
            }
        }

        return false;
    }

    private const int MostLinesOverText = 6;

    /// <summary>
    /// "Ein Albtraum" / "<c>   </c>22.12.2018" / "<c>   </c>Die Stadtwerke …": where no line over the text reads as a headline
    /// (too short for one), the nearest margin line over the indented text, a few lines up at most, past its date and byline,
    /// is the heading lynx printed there; or -1.
    /// </summary>
    public static int NearestOver(PageLines lines, int firstProse, Func<int, bool> isHeading)
    {
        if (firstProse >= lines.Count || lines[firstProse].Indent == 0)
        {
            return -1;
        }

        var seen = 0;
        for (var i = firstProse - 1; i >= 0 && seen < MostLinesOverText; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (lines[i].Indent == 0 && !lines[i].Centred)
            {
                return isHeading(i) ? i : -1;
            }

            seen++;
        }

        return -1;
    }
}
