namespace Ingestion.Parser.Core;

/// <summary>
/// "Vantage News April 22, 2015" under the byline: a portal prints the providing site's name and then the date, with no
/// separator between them; the words before the date name the site (its masthead's name opens them). "Daily Sentinel
/// (Nairobi) 24 September 2013": a syndication portal names the paper it carries with the paper's town in brackets.
/// </summary>
internal static class SiteBeforeDate
{
    private const int MostSiteWords = 4;

    public static bool TryRead(string text, string? site, out PageTime time)
    {
        time = default;
        var line = text.AsSpan().Trim();
        if (IsPaperInTown(line, out time))
        {
            return true;
        }

        if (site is not { Length: > 0 } || line.Length > 80 || !line.StartsWith(site, StringComparison.OrdinalIgnoreCase) || !Words.HasDigit(line))
        {
            return false;
        }

        var start = 0;
        for (var words = 0; words < MostSiteWords; words++)
        {
            var space = line[start..].IndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            start += space + 1;
            if (start >= site.Length && DateLineParser.TryParseLine(line[start..], out time) && time.Date is not null)
            {
                return true;
            }
        }

        return false;
    }

    private const int MostPaperWords = 6;

    private static bool IsPaperInTown(ReadOnlySpan<char> line, out PageTime time)
    {
        time = default;
        var close = line.IndexOf(") ");
        var open = close > 0 ? line[..close].LastIndexOf(" (") : -1;
        return open > 0 && line.Length <= 80 && char.IsUpper(line[0]) && char.IsUpper(line[open + 2])
            && Words.Count(line[..(close + 1)]) <= MostPaperWords && !line[..open].ContainsAny(".,:;")
            && DateLineParser.TryParseLine(line[(close + 2)..], out time) && time.Date is not null;
    }
}
