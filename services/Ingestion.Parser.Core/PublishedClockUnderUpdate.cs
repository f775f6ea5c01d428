namespace Ingestion.Parser.Core;

/// <summary>
/// "Updated 9:48pm AEST Sunday September 29, 2013" / "First published 2:15pm AEST": a broadcaster's story prints its first
/// time as a bare clock under the dated update line; the clock is the publish time on the update's day when it is not
/// later than the update's clock (a later one would be a day before, which the page does not say).
/// </summary>
internal static class PublishedClockUnderUpdate
{
    private static readonly string[] Labels = ["First published", "First posted", "Published", "Posted"];

    /// <summary>Whether the line opens with a publish label ("First published 2:15pm AEST", "Posted: 2:15pm").</summary>
    public static bool HasPublishLabel(string text)
    {
        if (text.Length > 60 || text.Length == 0 || text[0] is not ('F' or 'P' or 'f' or 'p'))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.Length > label.Length && text[label.Length] is ' ' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The publish time the clock line gives on the update's day, or null.</summary>
    public static PageTime? Combine(PageTime update, string clockText, PageTime clock) =>
        update is { Date: not null, Time: { } updated } && clock is { IsTimeOnly: true, Time: { } first } && first <= updated && HasPublishLabel(clockText)
            ? update.WithTimeOf(clock)
            : null;
}
