namespace Ingestion.Parser.Core;

/// <summary>
/// "20180619T055000+0900" in a JSON-LD datePublished or a meta tag: ISO 8601's basic format, the date and the clock
/// written without their dashes and colons. Read word by word it was one long number and no date at all, so the page's
/// machine-readable time and its offset were lost and only a shown clock without a zone was left. Only the whole value
/// of that shape ("yyyyMMddTHHmm[ss]" and an offset or "Z", or nothing) is rewritten in the extended form; a bare run
/// of digits without the "T" (an id, a price) is never asked. Cost: a length check and a character compare per meta
/// value read as a date; one short string only for a value of that shape.
/// </summary>
internal static class BasicIsoTimestamp
{
    /// <summary>The value in the extended form ("2018-06-19T05:50:00+0900") when it is in the basic form, else null.</summary>
    public static string? Extended(ReadOnlySpan<char> value)
    {
        if (value.Length < 13 || value[8] != 'T' || !Words.AreAllDigits(value[..8]) || !Words.AreAllDigits(value.Slice(9, 4))
            || !CompactClockTail.TryRead(value[13..], out var seconds, out var zone))
        {
            return null;
        }

        return string.Concat(
            string.Concat(value[..4], "-", value.Slice(4, 2), "-"),
            string.Concat(value.Slice(6, 2), "T", value.Slice(9, 2), ":"),
            string.Concat(value.Slice(11, 2), seconds.IsEmpty ? ":00" : ":", seconds),
            zone.ToString());
    }
}
