namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's "datePublished": "2019-06-03T04:08:10+02:00" beside a head meta's zone-less "2019-06-03 16:08:10" (and
/// "dateModified" "…T12:00:46+02:00" beside "… 12:00:46"): a template that writes the structured data's hour on a
/// twelve-hour clock and drops the AM/PM mark turns the afternoon into the morning, the fault <see cref="HalfDayClockSlip"/>
/// mends against a shown time. Where a date meta gives the same day, minutes and seconds twelve hours later, the meta's
/// clock is the time, in the structured data's offset. A meta of another minute, another day or another gap (a UTC
/// clock beside a local one) leaves the stamp as it is. Cost: a few head metas read, only for a zoned stamp before noon.
/// </summary>
internal static class ZonedStampHalfDaySlip
{
    private const int ZonedLength = 25;

    public static string? Evening(string zoned, MetaTags meta, IEnumerable<string> dateMetaNames)
    {
        if (zoned.Length != ZonedLength || zoned[10] != 'T' || !int.TryParse(zoned.AsSpan(11, 2), out var hour) || hour is < 1 or > 11)
        {
            return null;
        }

        foreach (var name in dateMetaNames)
        {
            if (DateLineParser.ToIso(meta.First(name)) is not { Length: 19 } local)
            {
                continue;
            }

            return local.AsSpan(0, 10).SequenceEqual(zoned.AsSpan(0, 10)) && local.AsSpan(13, 6).SequenceEqual(zoned.AsSpan(13, 6))
                && int.TryParse(local.AsSpan(11, 2), out var metaHour) && metaHour == hour + 12
                ? string.Concat(local, zoned.AsSpan(19))
                : null;
        }

        return null;
    }
}
