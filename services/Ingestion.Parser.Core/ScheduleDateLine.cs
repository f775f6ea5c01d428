namespace Ingestion.Parser.Core;

/// <summary>
/// "Tuesday, March 4, 2014 at 6:00 PM (public session)" / "Monday, April 7, 2014 at 6:00 PM" / "Tuesday, May 6, 2014
/// at 5:30 PM": a meeting notice or an events post lists its dates one a line inside the text (a paragraph parted by
/// line breaks). The first entry, with its note, is read as text; the bare ones under it parsed as date lines, were
/// dropped and gave the article a date the page never shows. Inside the text, a date line with a clock right under a
/// line that itself holds a dated clock, with at most four other words, is the list's next entry, a line of the body.
/// A story's own "Posted …" line follows prose or a byline, not a dated line, and stays a date; an update line
/// ("Updated: …") under the posted time is read as before (the caller asks neither line to be an update).
/// </summary>
internal static class ScheduleDateLine
{
    /// <summary>
    /// "Monday, April 7, 2014 at 6:00 PM": a schedule's entry opens with the spelled day; a stamp ("2024-02-08T13:20:00")
    /// or a labelled time ("Published time: …" over "Edited time: …") is the page's own metadata.
    /// </summary>
    private static bool IsSpelledUnlabelled(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }

            if (c == ':')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>At most this many words of the line above lie outside its date ("**Telephonic", "(public session)").</summary>
    private const int MaxOtherWords = 4;

    /// <summary>
    /// "Tuesday, May 6, 2014 at 5:30 PM (at the station, 12 Quay Street, 3rd Fl)" over "Monday, June 2, 2014 at 5:30 PM
    /// (…)": a meeting notice whose text is only its schedule, each entry's place in a bracketed note closing the line, ends
    /// no sentence, so no prose opens its text. The first of two such entries, one right over the other, starts the text.
    /// </summary>
    public static bool OpensPlacedEntries(string text, string? next) =>
        next is not null && IsPlacedEntry(text) && IsPlacedEntry(next);

    private static bool IsPlacedEntry(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed is not [.., ')'] || !IsSpelledUnlabelled(text))
        {
            return false;
        }

        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || trimmed[(open + 2)..].IndexOf('(') >= 0)
        {
            return false;
        }

        var entry = text[..open];
        return DateLineParser.MayBeDateLine(entry.Length, hasDigit: true)
            && DateLineParser.Parse(entry, out var otherWords) is { Date: not null, Time: not null } && otherWords <= MaxOtherWords;
    }

    public static bool Follows(PageTime time, PageLines lines, int index, int above)
    {
        if (time.Date is null || time.Time is null || above < 0 || !IsSpelledUnlabelled(lines[index].Text) || !IsSpelledUnlabelled(lines[above].Text))
        {
            return false;
        }

        var aboveText = lines[above].Text;
        return DateLineParser.MayBeDateLine(aboveText.Length, hasDigit: true)
            && DateLineParser.Parse(aboveText, out var otherWords) is { Date: not null, Time: not null }
            && otherWords <= MaxOtherWords;
    }
}
