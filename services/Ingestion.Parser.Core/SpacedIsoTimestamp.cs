namespace Ingestion.Parser.Core;

/// <summary>
/// "2021-03-09 08:30:00.000-0500" in a meta tag's content: a CMS (Adobe Experience Manager and other Java stacks) writes
/// its timestamp as a database prints it, a space where ISO 8601 puts its "T". The offset then follows the time's
/// fraction; read word by word, the fraction and offset made no zone and the instant lost its offset. Only the whole
/// value of that shape is rewritten with its "T": a date line in words is left to the page-text reader.
/// </summary>
internal static class SpacedIsoTimestamp
{
    /// <summary>The value with its "T" when it is "yyyy-MM-dd HH:mm[:ss[.fff]]" and an offset or "Z" (nothing else), else null.</summary>
    public static string? WithT(ReadOnlySpan<char> value)
    {
        if (value.Length < 16 || !Words.AreAllDigits(value[..4]) || value[4] != '-' || !Words.AreAllDigits(value.Slice(5, 2)) || value[7] != '-' || !Words.AreAllDigits(value.Slice(8, 2))
            || value[10] != ' ' || !Words.AreAllDigits(value.Slice(11, 2)) || value[13] != ':' || !Words.AreAllDigits(value.Slice(14, 2)))
        {
            return null;
        }

        var position = 16;
        if (position + 2 < value.Length && value[position] == ':' && Words.AreAllDigits(value.Slice(position + 1, 2)))
        {
            position += 3;
            if (position < value.Length && value[position] == '.')
            {
                position++;
                while (position < value.Length && char.IsAsciiDigit(value[position]))
                {
                    position++;
                }
            }
        }

        // Only a zone makes the rewrite worth it: without one the words already read the same local time.
        // "2016-10-13 17:00:00 -0400" (a Rails timestamp in a datetime attribute): the offset set off by a space too.
        if (IsZone(value[position..]))
        {
            return string.Concat(value[..10], "T", value[11..]);
        }

        return position < value.Length && value[position] == ' ' && IsZone(value[(position + 1)..])
            ? string.Concat(value[..10], "T", value[11..position], value[(position + 1)..])
            : null;
    }

    /// <summary>"Z", "+01:00", "-0500": the offset closing an ISO timestamp.</summary>
    private static bool IsZone(ReadOnlySpan<char> rest) =>
        rest is "Z"
        || (rest.Length is 5 or 6 && rest[0] is '+' or '-' && Words.AreAllDigits(rest.Slice(1, 2))
            && (rest.Length == 5 ? Words.AreAllDigits(rest[3..]) : rest[3] == ':' && Words.AreAllDigits(rest[4..])));
}
