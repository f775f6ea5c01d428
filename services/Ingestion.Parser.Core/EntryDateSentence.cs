namespace Ingestion.Parser.Core;

/// <summary>
/// "This entry was posted on Monday, March 4th, 2013 at 9:15 am and is filed under Garden.", "Dieser Artikel wurde am
/// 4. März 2013 um 09:15 von Name geschrieben und unter dem Stichwort … eingeordnet.": the classic WordPress themes
/// (Kubrick and the themes built on it, in their German and French translations) close the entry with one sentence
/// that states the day and the time it was posted, often the only date the page prints. The date runs from the opening
/// words to the first joining word after it ("and", "by", "von", "geschrieben", "et", "par" …); it must read as a date
/// line on its own; where the site left the theme's clock format unfilled ("um %H:%M Uhr"), the day before the clock
/// word is read alone, and a blank the theme left ("wurde vor  am") is allowed for. <see cref="EntryMetaSentence"/> reads Twenty Ten's "This entry was posted in … on DATE by Name",
/// whose categories come first.
/// Cost: one prefix lookup per line; the joining words are looked for only after an opening matched.
/// </summary>
internal static class EntryDateSentence
{
    private const int MaxLength = 400;

    private static readonly PrefixSet Openings = new(
        "this entry was posted on ", "this entry was written on ", "this post was written on ", "this article was written on ",
        "dieser artikel wurde am ", "dieser beitrag wurde am ", "dieser eintrag wurde am ", "dieser beitrag wurde vor am ", "dieser eintrag wurde vor am ",
        "cet article a été publié le ", "cet article a été écrit le ");

    /// <summary>The words after which the sentence goes on past the date: the writer, the categories, the verb.</summary>
    private static readonly string[] DateEnds = [" and ", " by ", " von ", " und ", " geschrieben", " veröffentlicht", " verfasst", " erstellt", " et ", " par ", " dans "];

    /// <summary>The clock's word, before which the day alone stands when the clock is no time.</summary>
    private static readonly string[] ClockWords = [" at ", " um ", " à "];

    public static bool TryRead(ReadOnlySpan<char> text, out PageTime time)
    {
        time = default;
        if (text.Length > MaxLength)
        {
            return false;
        }

        if (text.Contains("  ", StringComparison.Ordinal))
        {
            text = Whitespace.Collapse(text);
        }

        if (Openings.MatchLength(text) is not (> 0 and var opening))
        {
            return false;
        }

        var rest = text[opening..];
        var end = rest.Length;
        foreach (var word in DateEnds)
        {
            if (rest[..end].IndexOf(word, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                end = at;
            }
        }

        var stamp = rest[..end].Trim().TrimEnd('.');
        if (DateLineParser.TryParseLine(stamp, out time) && time.Date is not null)
        {
            return true;
        }

        // "Freitag, 4. März 2011 um %H:%M Uhr": the clock the theme failed to fill in is no time; the day before it is.
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
