namespace Ingestion.Parser.Core;

/// <summary>
/// What may follow the hours and minutes of a clock written without colons ("T1643", "T055000+0900"): two digits of
/// seconds or none, then "Z", an offset ("+0900", "+09:00") or nothing. Both ISO 8601 forms read by the date parser
/// that write the clock so (<see cref="BasicIsoTimestamp"/>, <see cref="DashedDateCompactClock"/>) end this way.
/// </summary>
internal static class CompactClockTail
{
    /// <summary>Splits <paramref name="rest"/> into seconds and zone; false when it holds anything else.</summary>
    public static bool TryRead(ReadOnlySpan<char> rest, out ReadOnlySpan<char> seconds, out ReadOnlySpan<char> zone)
    {
        seconds = rest.Length >= 2 && Words.AreAllDigits(rest[..2]) ? rest[..2] : [];
        zone = rest[seconds.Length..];
        return zone.IsEmpty || zone is "Z" || (zone.Length is 5 or 6 && zone[0] is '+' or '-' && Words.AreAllDigits(zone.Slice(1, 2))
            && (zone.Length == 5 ? Words.AreAllDigits(zone[3..]) : zone[3] == ':' && Words.AreAllDigits(zone[4..])));
    }
}
