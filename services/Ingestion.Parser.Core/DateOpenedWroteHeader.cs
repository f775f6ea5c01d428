namespace Ingestion.Parser.Core;

/// <summary>
/// "On March 4, 2015, at 9:12 PM, riverbend wrote:": a comment header that opens with the comment's date and time and
/// ends with the commenter's name and the verb, as an investing site's own comment system (2014) heads each comment. The
/// "Name wrote:" pattern leaves the whole opening as the name; the date is everything up to the last comma, the name after it.
/// A line that does not open with "On" and a date with a day in it ("On balance, Maya wrote:") is left to the other readers.
/// Cost: a prefix compare and one date parse, only for a "Name wrote:" line whose name part opens with "On ".
/// </summary>
internal static class DateOpenedWroteHeader
{
    private const int LongestName = 60;

    public static bool TrySplit(string header, out string name, out PageTime? time)
    {
        name = header;
        time = null;
        if (!header.StartsWith("On ", StringComparison.Ordinal) || header.LastIndexOf(", ", StringComparison.Ordinal) is not (> 3 and var comma)
            || header.Length - comma - 2 is < 1 or > LongestName)
        {
            return false;
        }

        var who = header.AsSpan(comma + 2).Trim();
        // "On December 23, 2014, at 10:07 PM": the date's own comma before "at" reads as no separator a date parser knows.
        var when = header.AsSpan(3, comma - 3).Trim().ToString().Replace(", at ", " at ", StringComparison.Ordinal);
        if (!Words.LooksLikeName(who) || !DateLineParser.TryParseLine(when, out var parsed) || parsed.Date is null)
        {
            return false;
        }

        name = who.ToString();
        time = parsed;
        return true;
    }
}
