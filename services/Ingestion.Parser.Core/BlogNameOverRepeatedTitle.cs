namespace Ingestion.Parser.Core;

/// <summary>
/// "Marquee" / "Live: Harbor Music Awards winners …" / "September 29th, 2013" / "08:05 PM ET" / the headline again: a
/// network's blog template opens the page with the blog's name over the post's headline, which it prints a second time
/// under the post's date and clock. A one-word name is as much the blog's as "This Just In" is; a section label stands
/// lower down the page, under the menus.
/// </summary>
internal static class BlogNameOverRepeatedTitle
{
    /// <summary>How many lines the template sets between the headline and its repetition: the date, the clock.</summary>
    private const int MostLinesBeforeRepeat = 4;

    /// <summary>Whether the line at <paramref name="index"/> opens the page right over the headline that is printed again under it.</summary>
    public static bool Is(PageLines lines, int index, int titleIndex)
    {
        // The reader may take either print of the headline as the title; the name stands over the first.
        var first = lines.NextNonBlank(index, lines.Count);
        if (first >= lines.Count || first > titleIndex || lines.PreviousNonBlank(index) >= 0)
        {
            return false;
        }

        var title = lines[titleIndex].Text.AsSpan().Trim();
        if (!lines[first].Text.AsSpan().Trim().SequenceEqual(title))
        {
            return false;
        }

        var next = first;
        for (var seen = 0; seen <= MostLinesBeforeRepeat; seen++)
        {
            next = lines.NextNonBlank(next, lines.Count);
            if (next < 0 || next >= lines.Count)
            {
                return false;
            }

            if (lines[next].Text.AsSpan().Trim().SequenceEqual(title))
            {
                return seen > 0;
            }
        }

        return false;
    }
}
