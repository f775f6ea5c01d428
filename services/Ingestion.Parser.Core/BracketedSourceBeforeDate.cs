using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "(Philippine Daily Ledger) 8:05 am | Thursday, September 26th, 2013": a portal names the paper a story comes from in
/// brackets before the story's time, under the byline. The bracketed words are the source's name; the rest is the date.
/// </summary>
internal static class BracketedSourceBeforeDate
{
    private const int LongestLine = 100;

    private const int MostSourceWords = 6;

    private static readonly SearchValues<char> NotInName = SearchValues.Create(".,:;()");

    public static bool TryRead(string text, out PageTime time)
    {
        time = default;
        var line = text.AsSpan().Trim();
        if (line.Length is < 4 or > LongestLine || line[0] != '(' || !char.IsUpper(line[1]) || line.IndexOf(") ") is not (> 1 and var close))
        {
            return false;
        }

        var source = line[1..close];
        return !Words.HasDigit(source) && !source.ContainsAny(NotInName) && Words.Count(source) <= MostSourceWords
            && DateLineParser.TryParseLine(line[(close + 2)..], out time) && time.Date is not null;
    }
}
