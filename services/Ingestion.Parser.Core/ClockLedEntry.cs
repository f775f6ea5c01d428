using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "7:42 a.m. – A Bank Street resident reported a red kayak stolen from her side yard overnight.": a police log's or a
/// timeline's entry opens with the time of day and goes on as a sentence of the text; the clock dates no article.
/// </summary>
internal static partial class ClockLedEntry
{
    private static readonly string[] Dashes = [" -- ", " — ", " – ", " - "];

    /// <summary>The words an entry's sentence has at least, as <see cref="MetadataLine"/> counts a sentence segment.</summary>
    private const int MinSentenceWords = 6;

    [GeneratedRegex(@"^\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?|noon|midnight)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareClock();

    /// <summary>Whether <paramref name="firstSegment"/> is a bare time of day, no date beside it.</summary>
    public static bool IsBareClock(ReadOnlySpan<char> firstSegment) =>
        firstSegment.Length > 0 && char.IsAsciiDigit(firstSegment[0]) && firstSegment.Contains(':') && BareClock().IsMatch(firstSegment);

    /// <summary>Whether the line is such an entry: a bare clock, a dash, then a sentence.</summary>
    public static bool Opens(string line)
    {
        var text = line.AsSpan().Trim();
        foreach (var dash in Dashes)
        {
            if (text.IndexOf(dash, StringComparison.Ordinal) is > 0 and var at && IsBareClock(text[..at].Trim())
                && text[(at + dash.Length)..] is var sentence && Words.Count(sentence) >= MinSentenceWords && Words.EndsSentence(sentence))
            {
                return true;
            }
        }

        return false;
    }
}
