using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="article:published_time" content="2009-09-02T00:00:00-04:00"&gt;" on a blog post whose address is
/// "…/blogs/harbour-eye/2014/05/ferry-bag.html" and whose entry shows "On May 23, 2014 at 1:30 PM": a template's head
/// stamps the blog's own creation day, at midnight sharp with no clock, on every post. The address dates the post to
/// its year and month; a midnight stamp outside that month dates something else, so it is dropped and the page's shown
/// date is read, as on a page with no time meta. Only when the page's text names the address's year (the shown date
/// line does), so a page with no date of its own keeps its stamp. Cost: asked once per page, only of a midnight stamp:
/// one pass over the page's addresses, and one read of the body's text when the month disagrees.
/// </summary>
internal static class MidnightStampOutsideAddressMonth
{
    /// <summary>Whether the midnight stamp <paramref name="stamp"/> lies outside the year and month the page's address gives.</summary>
    public static bool Is(IDocument document, string stamp)
    {
        if (stamp.Length < 19 || !stamp.AsSpan(10).StartsWith("T00:00:00", StringComparison.Ordinal)
            || !int.TryParse(stamp.AsSpan(0, 4), out var year) || !int.TryParse(stamp.AsSpan(5, 2), out var month))
        {
            return false;
        }

        foreach (var address in PageAddress.Of(document))
        {
            if (MonthInPath(address) is not { } dated)
            {
                continue;
            }

            return (dated.Year != year || dated.Month != month)
                && document.Body?.TextContent.Contains(dated.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) == true;
        }

        return false;
    }

    /// <summary>The year and month of "…/2014/05/…": a year and a month as two whole path segments in a row.</summary>
    internal static (int Year, int Month)? MonthInPath(string address)
    {
        var path = address.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        for (var at = path.IndexOf('/'); at >= 0 && at + 8 <= path.Length; at = path[(at + 1)..].IndexOf('/') is var next and >= 0 ? at + 1 + next : -1)
        {
            var rest = path[(at + 1)..];
            if (rest.Length >= 8 && rest[4] == '/' && rest[7] == '/'
                && int.TryParse(rest[..4], out var year) && year is >= 1995 and <= 2100
                && int.TryParse(rest[5..7], out var month) && month is >= 1 and <= 12)
            {
                return (year, month);
            }
        }

        return null;
    }
}
