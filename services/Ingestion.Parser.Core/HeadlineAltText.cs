namespace Ingestion.Parser.Core;

/// <summary>
/// "Anger as Kingsmere library hours cut again" / "By Tom Hargreaves, Chief Reporter" / … / "Anger as Kingsmere library
/// hours cut again" / "Campaigners outside Kingsmere library on Wednesday": many CMSs (Newsquest's, Town News') give the
/// lead picture the headline as its alt text, which a text browser prints over the caption. The headline's second copy
/// and the caption under it are no headline.
/// </summary>
internal static class HeadlineAltText
{
    /// <summary>The farthest a headline stands above its lead picture: byline, date and share rows.</summary>
    private const int MostLinesAbove = 20;

    /// <summary>
    /// The line right over <paramref name="index"/> (a blank between at most) when it prints a headline-like line above it
    /// again, or -1. A section's name printed in the menu and again over the headline ("Politics &amp; Policy") is no headline.
    /// </summary>
    public static int Over(PageLines lines, int index, Func<int, bool> isHeadline)
    {
        var above = index - 1;
        while (above >= 0 && index - above <= 2 && lines[above].IsBlank)
        {
            above--;
        }

        if (above < 0 || lines[above].IsBlank || Words.Count(lines[above].Text) < 4)
        {
            return -1;
        }

        for (var i = above - 1; i >= 0 && above - i <= MostLinesAbove; i--)
        {
            if (lines[i].Text == lines[above].Text && isHeadline(i))
            {
                return above;
            }
        }

        return -1;
    }
}
