namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time itemprop="datePublished" datetime="20160926" content="2016-09-26"&gt;September 26, 2016&lt;/time&gt;" in the
/// article's microdata, "&lt;meta property="article:published_time" content="2016-09-26T14:04:22-04:00"&gt;" in the head: the
/// markup gives the day the byline shows, the head meta the same day with its clock and zone. Both are the page's
/// machine-readable publication time; the one with the time of day is the more precise, so a day-only time read from
/// the markup or JSON-LD gives way to a date meta's time on that very day. A meta of another day, or one that says
/// only midnight (a day written as a time), is not taken.
/// </summary>
internal static class MetaClockOnMarkupDay
{
    /// <summary>The first of <paramref name="names"/>' metas that gives a time of day on <paramref name="day"/>, else null.</summary>
    public static string? Find(string day, MetaTags meta, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (DateLineParser.ToIso(meta.First(name)) is { Length: > 10 } stamped && stamped.StartsWith(day, StringComparison.Ordinal)
                && !stamped.AsSpan(10).StartsWith("T00:00:00", StringComparison.Ordinal))
            {
                return stamped;
            }
        }

        return null;
    }
}
