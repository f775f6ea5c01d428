namespace Ingestion.Parser.Core;

/// <summary>
/// "Published September 26, 2013 | SentinelNews.com" under the headline: a cable channel's site names itself by its host
/// name after the story's date, where a byline would name a writer; on a dump that starts at the headline it is the
/// only trace of the publication.
/// </summary>
internal static class DateLineHostSource
{
    private const int MaxLinesUnderTitle = 6;
    private const int MaxLength = 90;

    /// <summary>The host name after the date line's bar, or null when no line right under the title reads so.</summary>
    public static string? Name(PageLines lines, int titleIndex, int end)
    {
        foreach (var line in lines.NonBlankAfter(titleIndex, MaxLinesUnderTitle, end))
        {
            var text = lines[line].Text.Trim();
            if (text.Length > MaxLength || text.LastIndexOf(" | ", StringComparison.Ordinal) is not (> 0 and var bar))
            {
                continue;
            }

            var host = text[(bar + 3)..].Trim();
            if (SiteFinder.IsDomain(host) && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && DateLineParser.TryParseLine(text.AsSpan(0, bar).Trim(), out var time) && time.Date is not null)
            {
                return host;
            }
        }

        return null;
    }
}
