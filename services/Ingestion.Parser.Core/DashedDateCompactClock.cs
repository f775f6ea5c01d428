namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time datetime="2023-11-02T1643"&gt;02-11-2023 • 16h43&lt;/time&gt;" under a comment: a template writes the day in
/// ISO 8601's extended form and the clock after its "T" in the basic form, without the colon. Read word by word, "T1643"
/// was no clock, so the comment kept its day and lost the time it shows. Only the whole value of that shape
/// ("yyyy-MM-ddTHHmm[ss]" and an offset or "Z", or nothing) gets its colons; a value with them is never asked. Cost: a
/// length check and a few character compares per value read as a date; one short string only for a value of that shape.
/// </summary>
internal static class DashedDateCompactClock
{
    /// <summary>The value with its clock's colons ("2023-11-02T16:43") when its clock has none, else null.</summary>
    public static string? WithColons(ReadOnlySpan<char> value)
    {
        if (value.Length < 15 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || !Words.AreAllDigits(value[..4])
            || !Words.AreAllDigits(value.Slice(5, 2)) || !Words.AreAllDigits(value.Slice(8, 2)) || !Words.AreAllDigits(value.Slice(11, 4))
            || !CompactClockTail.TryRead(value[15..], out var seconds, out var zone))
        {
            return null;
        }

        return string.Concat(
            string.Concat(value[..13], ":", value.Slice(13, 2)),
            seconds.IsEmpty ? "" : string.Concat(":", seconds),
            zone.ToString());
    }
}
