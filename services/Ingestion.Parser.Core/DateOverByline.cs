namespace Ingestion.Parser.Core;

/// <summary>
/// "September 17, 2013 2:30 PM ET" / "By Jordan Ecklund": WordPress themes and many papers print the date line right over
/// the byline instead of under it; what stands over the date then stands over the byline block.
/// </summary>
internal static class DateOverByline
{
    /// <summary>
    /// The byline right under the date line <paramref name="date"/> (at <paramref name="next"/>, at most one blank line
    /// between), or <paramref name="date"/> itself when it is no date line or no byline follows it.
    /// </summary>
    public static int BylineUnder(PageLines lines, int date, int end, int next)
    {
        if (date < 0 || next < 0 || next >= end || next > date + 2 || !lines.TryParseDate(date, out _))
        {
            return date;
        }

        return lines.TryReadMetadata(next, out var found) && found.Authors is not null && found.Time is null ? next : date;
    }
}
