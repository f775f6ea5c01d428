namespace Ingestion.Parser.Core;

/// <summary>
/// "Contact:" / "Professor Name" / "Institute, University" / "name(at)host" … "Dr. Name" / "Research Centre, City" /
/// "name(at)host" … "Press team:" / "Name" / "+49 221 470-0000" / "name(at)host" / "Further information:" / "http://…": a
/// university's or an institute's press release closes with its contacts, one block per person, under a single label.
/// The block under the label is skipped where it is read; the blocks after it go on with the same section while each is
/// short lines only (no sentence, no paragraph) and holds an address, a phone number or a link: they are no body either.
/// </summary>
internal static class ContactSectionTail
{
    /// <summary>A contact's line: a name, an institution and its address, a phone number, an e-mail form.</summary>
    private const int LongestLine = 120;

    private const int FewestPhoneDigits = 7;

    private const int SentenceWords = 6;

    /// <summary>The last line of the contact section that goes on after its first block, which ends at <paramref name="blockEnd"/>.</summary>
    public static int End(PageLines lines, int blockEnd, int end)
    {
        var last = blockEnd;
        var i = blockEnd + 1;
        while (i < end)
        {
            while (i < end && lines[i].IsBlank)
            {
                i++;
            }

            var start = i;
            var reachable = false;
            while (i < end && !lines[i].IsBlank)
            {
                var text = lines[i].Text;
                if (text.Length > LongestLine || IsSentence(text))
                {
                    return last;
                }

                reachable |= IsReachLine(text);
                i++;
            }

            if (i == start || !reachable)
            {
                return last;
            }

            last = i - 1;
        }

        return last;
    }

    /// <summary>
    /// "Bookings open on Monday at the front desk.": six words or more closed by a full stop, "!" or "?". A label over the
    /// next contact ("Press office:", "Further information:") and an institution's line ending in a comma are none.
    /// </summary>
    private static bool IsSentence(string text) =>
        Words.EndsSentence(text) && text.AsSpan().TrimEnd()[^1] is not (':' or ',' or ';') && Words.CountUpTo(text, SentenceWords) >= SentenceWords;

    /// <summary>"name@host.org", "name(at)host.org", "+49 221 470-1704", "http://…", "www.…": how the contact is reached.</summary>
    private static bool IsReachLine(string text) =>
        text.Contains('@') || text.Contains("(at)", StringComparison.Ordinal) || text.Contains("http", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.Ordinal) || IsPhoneLine(text);

    /// <summary>
    /// "+49 221 470-1704", "Tel. 0221 470 1704": digits make half the line at least; a date alone ("07/12/2017", the
    /// story's own date under the contacts) is none.
    /// </summary>
    private static bool IsPhoneLine(string text)
    {
        var digits = Words.CountDigits(text);
        return digits >= FewestPhoneDigits && digits * 2 >= text.Length - text.AsSpan().Count(' ') && !DateLineParser.TryParseLine(text, out _);
    }
}
