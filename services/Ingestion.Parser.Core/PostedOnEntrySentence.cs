namespace Ingestion.Parser.Core;

/// <summary>
/// "This entry was posted on Friday, March 4th, 2011 at 9:12 am and is filed under Gardens.", "Dieser Beitrag wurde am
/// Freitag, 4. März 2011 um 9:12 Uhr veröffentlicht und unter Garten gespeichert.": WordPress's old default theme
/// (Kubrick, 2005–2010, and the many themes copied from it) closes the entry with one sentence that gives its day and
/// clock before its categories. The day is the entry's; the categories after it are neither date nor body. A theme whose
/// clock format the site left unfilled prints "um %H:%M Uhr": the day alone is read then.
/// Cost: one prefix lookup per line under the text; the date words are parsed only after an opening matched.
/// </summary>
internal static class PostedOnEntrySentence
{
    private const int LongestSentence = 500;

    /// <summary>The sentence's opening up to the word before the day; a blank left by the theme ("wurde vor  am") is allowed for.</summary>
    private static readonly PrefixSet Openings = new("this entry was posted on ", "dieser beitrag wurde am ", "dieser beitrag wurde vor am ",
        "dieser eintrag wurde am ", "dieser eintrag wurde vor am ", "cet article a été publié le ");

    /// <summary>The words that close the day and clock: the categories' clause.</summary>
    private static readonly string[] Closings = [" and is filed", " veröffentlicht", " et est classé", " and is tagged"];

    /// <summary>The clock's word, before which the day alone stands when the clock is no time.</summary>
    private static readonly string[] ClockWords = [" at ", " um ", " à "];

    public static bool TryRead(string text, out PageTime time)
    {
        time = default;
        if (text.Length > LongestSentence)
        {
            return false;
        }

        var collapsed = text.Contains("  ", StringComparison.Ordinal) ? Whitespace.Collapse(text) : text;
        var opening = Openings.MatchLength(collapsed);
        if (opening == 0)
        {
            return false;
        }

        var rest = collapsed.AsSpan(opening);
        var end = -1;
        foreach (var closing in Closings)
        {
            if (rest.IndexOf(closing, StringComparison.Ordinal) is > 0 and var at && (end < 0 || at < end))
            {
                end = at;
            }
        }

        if (end < 0)
        {
            return false;
        }

        var stamp = rest[..end].Trim();
        if (DateLineParser.TryParseLine(stamp, out time) && time.Date is not null)
        {
            return true;
        }

        // "Samstag, 4. März 2011 um %H:%M Uhr": the clock the theme failed to fill in is no time; the day before it is.
        foreach (var clock in ClockWords)
        {
            if (stamp.IndexOf(clock, StringComparison.Ordinal) is > 0 and var at && DateLineParser.TryParseLine(stamp[..at], out time) && time.Date is not null)
            {
                return true;
            }
        }

        time = default;
        return false;
    }
}
