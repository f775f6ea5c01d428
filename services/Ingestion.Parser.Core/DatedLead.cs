namespace Ingestion.Parser.Core;

/// <summary>
/// "Oct. 8, 2013 -- Older adults who take a short nap …": a health news site opens the text with the story's date and a
/// dash, as a wire story opens with its place. On a page that prints the date nowhere else, it is the publish date.
/// A news release opens with its place, its date and the release wire between slashes ("CHICAGO, Sept. 24, 2013
/// /PRNewswire/ -- Brightwater Logistics Inc. …"); the date there is the release's.
/// </summary>
internal static class DatedLead
{
    private static readonly string[] Dashes = [" -- ", " — ", " – "];

    public static PageTime? TryRead(string paragraph)
    {
        foreach (var dash in Dashes)
        {
            var at = paragraph.IndexOf(dash, StringComparison.Ordinal);
            if (at is > 5 and < 32 && DateLineParser.TryParseLine(paragraph.AsSpan(0, at), out var time) && time.Date is not null && !time.Relative)
            {
                return time;
            }
        }

        return ReleaseDateline(paragraph);
    }

    /// <summary>How far into the paragraph the wire's slashes may stand: a place of a few words and a date.</summary>
    private const int MaxDatelineLength = 80;

    private const int MaxPlaceCommas = 3;

    /// <summary>"CHICAGO, Sept. 24, 2013 /PRNewswire/ --", "AUSTIN, Texas, Nov. 5, 2013 /PRDispatch/ --".</summary>
    private static PageTime? ReleaseDateline(string paragraph)
    {
        var slash = paragraph.IndexOf(" /", StringComparison.Ordinal);
        if (slash is < 8 or > MaxDatelineLength)
        {
            return null;
        }

        // The wire's name between the slashes is one word ("/PRNewswire/", "/CNW/"), a dash after it.
        var close = paragraph.IndexOf('/', slash + 2);
        if (close < 0 || close - slash > 32 || paragraph.AsSpan(slash + 2, close - slash - 2).Contains(' ')
            || !paragraph.AsSpan(close + 1).TrimStart().StartsWith("-", StringComparison.Ordinal))
        {
            return null;
        }

        var head = paragraph.AsSpan(0, slash);
        var comma = -1;
        for (var commas = 0; commas < MaxPlaceCommas; commas++)
        {
            var next = head[(comma + 1)..].IndexOf(", ", StringComparison.Ordinal);
            if (next < 0)
            {
                return null;
            }

            comma += next + 1;
            if (DateLineParser.TryParseLine(head[(comma + 1)..].Trim(), out var time) && time.Date is not null && !time.Relative)
            {
                return time;
            }
        }

        return null;
    }
}
