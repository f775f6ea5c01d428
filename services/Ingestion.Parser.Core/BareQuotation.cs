using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "\"You learn to count everything. How many minutes in the shower. How many times you flush.\"": a paragraph that is a
/// quotation and nothing else, no quotation mark inside it, as a pull quote is set. A quoted paragraph that names its
/// speaker between two quotations ("\"We go door to door,\" said Arreola. \"Every time …\"") holds marks inside.
/// </summary>
internal static class BareQuotation
{
    /// <summary>The double marks; an apostrophe ("can't", "didn’t") may stand inside a quotation.</summary>
    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("\"“”„«»");

    public static bool Is(string paragraph) =>
        TextArticleReader.IsInQuotationMarks(paragraph) && paragraph.Length > 2 && paragraph.AsSpan(1, paragraph.Length - 2).IndexOfAny(DoubleMarks) < 0;
}
