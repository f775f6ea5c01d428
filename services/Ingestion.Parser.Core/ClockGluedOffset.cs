namespace Ingestion.Parser.Core;

/// <summary>
/// "and last updated 2013-12-30 16:42:01-05", "Updated 2013-12-30 16:42:01-0500": a CMS prints its timestamp as the
/// database gives it (PostgreSQL's <c>timestamptz</c> text form), the offset glued to the clock's seconds, its minutes
/// left off when they are zero. Read as one token the clock was no clock, so the whole line was no date line and, under a
/// desk's byline, was taken for the headline. Only a clock with seconds ("hh:mm:ss") followed by a sign and an offset of
/// two or four digits, or "hh:mm", is split; a range of clocks ("10:30-11:30", "10:30:00-11:30:00") never is, the part
/// after its sign being a clock. Cost: asked only of a token the clock reader already failed on that holds a sign;
/// no allocation.
/// </summary>
internal static class ClockGluedOffset
{
    /// <summary>Where the offset's sign stands in a clock-and-offset token, or -1.</summary>
    public static int SignAt(ReadOnlySpan<char> token)
    {
        if (token.Length < 10)
        {
            return -1;
        }

        var sign = token.LastIndexOfAny('+', '-');
        if (sign < 7 || token[..sign].Count(':') != 2)
        {
            return -1;
        }

        var offset = token[(sign + 1)..];
        return offset.Length switch
        {
            2 or 4 when !offset.ContainsAnyExceptInRange('0', '9') => sign,
            5 when offset[2] == ':' && char.IsAsciiDigit(offset[0]) && char.IsAsciiDigit(offset[1]) && char.IsAsciiDigit(offset[3]) && char.IsAsciiDigit(offset[4]) => sign,
            _ => -1,
        };
    }
}
