using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>What a page says about when something happened: a date, a time of day, a zone, or only "3 years ago".</summary>
internal readonly record struct PageTime(DateOnly? Date, TimeOnly? Time, string? Zone, TimeSpan? Offset, bool Relative)
{
    public bool IsTimeOnly => Date is null && Time is not null && !Relative;

    public bool IsDateOnly => Date is not null && Time is null;

    public PageTime WithTimeOf(PageTime other) => this with { Time = other.Time, Zone = other.Zone, Offset = other.Offset };

    /// <summary>ISO 8601 as the samples write it: seconds always, the offset only when the page names a zone.</summary>
    public string? ToIso()
    {
        if (Date is not { } date)
        {
            return null;
        }

        // "O" for a date and "s" for a date and time are yyyy-MM-dd and yyyy-MM-ddTHH:mm:ss, formatted without parsing a pattern.
        if (Time is not { } time)
        {
            return date.ToString("O", CultureInfo.InvariantCulture);
        }

        var local = date.ToDateTime(time).ToString("s", CultureInfo.InvariantCulture);
        var offset = Offset ?? (Zone is null ? null : TimeZoneAbbreviations.OffsetAt(Zone, date.ToDateTime(time)));
        return offset is { } value ? local + FormatOffset(value) : local;
    }

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
