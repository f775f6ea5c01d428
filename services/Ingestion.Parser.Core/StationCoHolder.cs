namespace Ingestion.Parser.Core;

/// <summary>
/// "© Copyright 2000 - 2013 WorldNow and KSNQ": a US broadcaster's site built on a hosting vendor's template names the
/// vendor and the station as the content's holders. The station, a call sign of a "K" or "W" and two to four more
/// capitals, is the publication; the vendor hosts every station's site.
/// </summary>
internal static class StationCoHolder
{
    private const string Joint = " and ";

    /// <summary>The call sign after " and ", or null when the holder is no vendor and station pair.</summary>
    public static string? CallSignOf(ReadOnlySpan<char> holder)
    {
        var joint = holder.LastIndexOf(Joint, StringComparison.Ordinal);
        if (joint <= 0)
        {
            return null;
        }

        var station = holder[(joint + Joint.Length)..].Trim();
        // "WKRV-TV": the band's suffix stays part of the name the station prints.
        var call = station.IndexOf('-') is > 0 and var dash ? station[..dash] : station;
        return call.Length is >= 3 and <= 5 && call[0] is 'K' or 'W' && !call.ContainsAnyExceptInRange('A', 'Z') ? station.ToString() : null;
    }
}
