namespace Ingestion.Parser.Core;

/// <summary>
/// "Ruedi Schwarzenbach am 26.09.2013 18:12 via": a Swiss free daily's comment header names the app the comment came from
/// with an icon after "via"; a text dump keeps the word and drops the icon, so the header ends in "via" after its clock.
/// </summary>
internal static class DeviceViaTail
{
    private const string Tail = " via";

    /// <summary>The header without the bare "via" after its time, or the same string when it ends otherwise.</summary>
    public static string Without(string header)
    {
        // One comparison turns down every header that does not end so; the clock before it keeps "… sent via" text whole.
        if (!header.EndsWith(Tail, StringComparison.Ordinal))
        {
            return header;
        }

        var before = header.AsSpan(0, header.Length - Tail.Length).TrimEnd();
        return before.Length > 0 && char.IsAsciiDigit(before[^1]) ? before.ToString() : header;
    }
}
