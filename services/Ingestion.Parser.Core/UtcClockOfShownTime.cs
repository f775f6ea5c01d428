using System.Globalization;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;time datetime="2016-05-24 13:30:03"&gt;May 24, 2016 -- 13:30 GMT (06:30 PDT)&lt;/time&gt;</c>: the machine-readable
/// time leaves out its zone, and the text's time is the same moment read in another zone ("06:30 PDT"). The machine time
/// is then the moment's UTC clock: its day and minute are those of the text's time turned to UTC, so it is UTC, and keeps
/// its seconds; a text read in GMT ("13:30 GMT") says so at once. A text of another moment says nothing.
/// </summary>
internal static class UtcClockOfShownTime
{
    /// <summary>Length of "2016-05-24T13:30:03", a time without an offset.</summary>
    private const int LocalLength = 19;

    /// <summary>Length of "2016-05-24T13:30", the day and the minute both must share.</summary>
    private const int MinuteLength = 16;

    private const string UtcOffset = "+00:00";

    /// <summary>
    /// <paramref name="local"/> with the UTC offset when a <c>time</c> element of the page gives it as its <c>datetime</c>
    /// ("2016-05-24 13:30:03") and its text reads, in another zone, the same moment; otherwise null.
    /// </summary>
    public static string? Utc(string local, List<IElement> times)
    {
        if (local.Length != LocalLength)
        {
            return null;
        }

        foreach (var time in times)
        {
            // The element the machine time was read from: its datetime is the same day and clock, "T" or space between.
            if (time.GetAttribute("datetime") is not { Length: LocalLength } stamp || !stamp.AsSpan(0, 10).SequenceEqual(local.AsSpan(0, 10))
                || !stamp.AsSpan(11).SequenceEqual(local.AsSpan(11)))
            {
                continue;
            }

            var text = time.TextContent.AsSpan().Trim();
            if (text.Length <= DateLineParser.LongestLine && DateLineParser.Parse(text, out _)?.ToIso() is { } shown && Utc(local, shown) is { } utc)
            {
                return utc;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="local"/> ("2016-05-24T13:30:03") with the UTC offset when it has the day and minute of
    /// <paramref name="shown"/> ("2016-05-24T06:30:00-07:00") in UTC; otherwise null.
    /// </summary>
    public static string? Utc(string local, string? shown)
    {
        if (local.Length != LocalLength || shown is null
            || !DateTimeOffset.TryParseExact(shown, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return null;
        }

        return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture).AsSpan().SequenceEqual(local.AsSpan(0, MinuteLength))
            ? local + UtcOffset
            : null;
    }
}
