namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;thead&gt;&lt;tr&gt;&lt;th&gt;Maker/Model&lt;/th&gt;&lt;th&gt;Price&lt;/th&gt;&lt;th&gt;Isofix&lt;/th&gt;&lt;th&gt;Grade&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;" over rows whose
/// first cell is "Coastline Rider 2 i-Size + Swivel Base Plus": a test's results table names each product in its first
/// column, a name longer than a figure (<see cref="FiguresTableElement"/> turns down cells over 40 characters as prose),
/// yet no sentence. Under a row of heading cells (<see cref="HeaderRowFiguresTable"/>, a table of data, never a layout)
/// the first cell of a row may hold such a name; the other cells still must be short and the table mostly figures.
/// Cost: a length check and a look at the last character, only for a long first cell under a heading row.
/// </summary>
internal static class LongRowNameUnderHeaderRow
{
    /// <summary>A product's, a team's or a model's full name; a longer cell is a description.</summary>
    private const int LongestName = 80;

    public static bool Is(string text) => text.Length <= LongestName && !Words.EndsSentence(text) && !text.EndsWith(':');
}
