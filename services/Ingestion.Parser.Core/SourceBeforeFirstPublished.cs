namespace Ingestion.Parser.Core;

/// <summary>
/// "Harbour Money (Lisbon) First published March 4, 2016: 9:12 AM ET": a business site's timestamp block under its text,
/// the desk and the place it reports from set before the first-publication time, which a text browser prints on one line.
/// It dates the story and is no paragraph of it. Known by the desk's capitalised name, the place in brackets right
/// before the label, and a date line after the label, so a sentence naming a place in brackets stays.
/// </summary>
internal static class SourceBeforeFirstPublished
{
    private const int LongestLine = 120;

    private const int LongestDesk = 6;

    private static readonly string[] Labels = [") First published ", ") First posted ", ") Updated "];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestLine || text.IsEmpty || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var open = text[..at].LastIndexOf('(');
            var desk = open > 0 ? text[..open].TrimEnd() : [];
            return !desk.IsEmpty && Words.Count(desk) <= LongestDesk && ReportedFromCreditLine.IsNameRun(desk)
                && char.IsUpper(text[open + 1]) && DateLineParser.TryParseLine(text[(at + label.Length)..], out _);
        }

        return false;
    }
}
