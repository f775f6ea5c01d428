namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;meta name="DC.date.issued" content="2016-02-01T01:28:49"&gt;</c> and, under the text, "First published February 1,
/// 2016: 1:28 AM ET": the machine-readable time leaves out its zone, and the page shows the same day and minute with the
/// zone it means. The shown zone is the metadata time's; the metadata keeps its seconds. A shown time at another minute
/// (an update, a comment) says nothing of it.
/// </summary>
internal static class ShownZoneOfSameMinute
{
    /// <summary>Length of "2016-02-01T01:28:49", a time without an offset.</summary>
    private const int LocalLength = 19;

    /// <summary>Length of "2016-02-01T01:28", the day and the minute both must share.</summary>
    private const int MinuteLength = 16;

    public static string Applied(string local, PageLines lines)
    {
        if (local.Length != LocalLength)
        {
            return local;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // Only a line that prints the minute ("1:28 AM", "13.28") is parsed.
            if (text.Length > DateLineParser.LongestLine || !text.Contains(local.AsSpan(14, 2), StringComparison.Ordinal))
            {
                continue;
            }

            if (DateLineParser.Parse(text, out _)?.ToIso() is { Length: > LocalLength } shown
                && shown.AsSpan(0, MinuteLength).SequenceEqual(local.AsSpan(0, MinuteLength)))
            {
                return local + shown[LocalLength..];
            }
        }

        return local;
    }
}
