using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "7:42 a.m. – A Bank Street resident reported a red kayak stolen from her side yard overnight.": a police log's or a
/// timeline's entry opens with the time of day and goes on as a sentence of the text; the clock dates no article.
/// </summary>
internal static partial class ClockLedEntry
{
    [GeneratedRegex(@"^\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?|noon|midnight)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareClock();

    /// <summary>Whether <paramref name="firstSegment"/> is a bare time of day, no date beside it.</summary>
    public static bool IsBareClock(ReadOnlySpan<char> firstSegment) =>
        firstSegment.Length > 0 && char.IsAsciiDigit(firstSegment[0]) && firstSegment.Contains(':') && BareClock().IsMatch(firstSegment);
}
