namespace Ingestion.Parser.Core;

/// <summary>
/// "Vantage News April 22, 2015" under the byline: a portal prints the providing site's name and then the date, with no
/// separator between them; the words before the date name the site (its masthead's name opens them).
/// </summary>
internal static class SiteBeforeDate
{
    private const int MostSiteWords = 4;

    public static bool TryRead(string text, string? site, out PageTime time)
    {
        time = default;
        var line = text.AsSpan().Trim();
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
}
