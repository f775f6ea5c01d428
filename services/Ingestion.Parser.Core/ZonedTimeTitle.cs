using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time datetime="2019-06-07T05:00:00" title="Fri, 07 Jun 2019 05:00:00 GMT"&gt;June 7 2019&lt;/time&gt;": a template that
/// writes the machine-readable time without its zone and the same instant, zone and all, into the element's tooltip. The
/// tooltip names the zone the stamp leaves out; the time is the tooltip's when it gives the stamp's own day and clock. A
/// tooltip of another clock (the local reading of a UTC stamp), or none, leaves the stamp as written.
/// </summary>
internal static class ZonedTimeTitle
{
    /// <summary>The element's time: its <c>datetime</c>, or the tooltip's zoned reading of the same clock.</summary>
    public static string? Value(IElement? time)
    {
        var stamp = time?.GetAttribute("datetime");
        if (time is null || stamp is not { Length: 16 or 19 } || time.GetAttribute("title") is not { Length: > 0 } title)
        {
            return stamp;
        }

        return DateLineParser.ToIso(stamp) is { Length: 19 } local && DateLineParser.ToIso(title) is { Length: > 19 } zoned
            && zoned.AsSpan(0, 19).SequenceEqual(local)
            ? zoned
            : stamp;
    }
}
