namespace Ingestion.Parser.Core;

/// <summary>
/// "May 4, 1931 - September 23, 2013", "1931-05-04 - 2013-09-23": an obituary prints the dead person's birth and death dates under the name, two
/// whole dates years apart across a dash. They are no publish time (the earlier of a date pair would be the birth date),
/// and the name right above them is the page's title.
/// </summary>
internal static class LifeDates
{
    private const int LongestLine = 64;

    /// <summary>Years between the two dates for a life, not an event's span ("Dec. 30, 2012 - Jan. 2, 2013").</summary>
    private const int FewestYears = 2;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (LifeYears.Is(text))
        {
            return true;
        }

        if (text.Length is < 16 or > LongestLine || !char.IsLetterOrDigit(text[0]))
        {
            return false;
        }

        // "1931-05-04 - 2013-09-23": an ISO date holds hyphens of its own; the dash between the dates has a space each side.
        var dash = SpacedDash(text);
        if (dash < 2 || dash + 2 >= text.Length)
        {
            return false;
        }

        return DateLineParser.TryParseLine(text[..(dash - 1)], out var born) && born.Date is { } birth && born.Time is null
            && DateLineParser.TryParseLine(text[(dash + 2)..], out var died) && died.Date is { } death && died.Time is null
            && death.Year - birth.Year >= FewestYears;
    }

    private static int SpacedDash(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '-' or '–' or '—' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Harold James Benning" / "May 4, 1931 - September 23, 2013": the name of two to five words right over the life
    /// dates, above <paramref name="firstProse"/>, or -1.
    /// </summary>
    public static int NameAbove(PageLines lines, int firstProse)
    {
        for (var i = 1; i < firstProse && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length < 11 || !char.IsLetterOrDigit(text[0]) || !Is(text))
            {
                continue;
            }

            // "Harold Eugene Whitacre" / "" / "1931 - 2013": the notice may set the years one blank line under the name.
            var above = lines.NearWithinOneBlank(i, -1);
            if (above < 0)
            {
                return -1;
            }

            var name = lines[above].Text;
            var words = Words.Count(name);
            return words is >= 2 and <= 5 && !Words.HasDigit(name) && Words.LooksLikePersonName(name) ? above : -1;
        }

        return -1;
    }
}
