using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Updated 1614 GMT (0014 HKT) April 8, 2014": an international edition's time, four digits without a colon, in GMT,
/// followed by the same moment in the reader's zone in brackets. The GMT clock is the page's time; the bracketed one
/// repeats it.
/// </summary>
internal static partial class MilitaryClock
{
    [GeneratedRegex(@"\b(?<h>[01]\d|2[0-3])(?<m>[0-5]\d) (?<zone>GMT|UTC)(?: \((?:[01]\d|2[0-3])[0-5]\d [A-Z]{2,5}\))?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockBeforeZone();

    /// <summary>The line with such a clock written with a colon ("16:14 GMT"), its bracketed local time dropped.</summary>
    public static string WithColon(string line) =>
        line.Contains(" GMT", StringComparison.Ordinal) || line.Contains(" UTC", StringComparison.Ordinal)
            ? ClockBeforeZone().Replace(line, "${h}:${m} ${zone}")
            : line;
}
