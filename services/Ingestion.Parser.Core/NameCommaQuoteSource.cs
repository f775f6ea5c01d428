namespace Ingestion.Parser.Core;

/// <summary>
/// "« Whoever walks there in March takes the risk. »&lt;br&gt;Tom Avery, presenter, on Radio Dale, 25 March 2019": a
/// quotation set as an epigraph in the text, its source on the next line of the same paragraph, the name before a comma,
/// then the role, the occasion and the day. <see cref="QuoteAttributionLine"/> knew the source in brackets or beside a
/// dash; this one has the shape of a "Name, role, date" signature and left the text. Only a person's name before the
/// first comma, only on the quotation's very next line (a text page's paragraph a blank line apart is not asked) and,
/// as for the other shapes, only under a line that is a quotation whole (a paragraph that just ends on one is not); a
/// labelled line ("Tags: …") names no one. An HTML page's paragraphs are adjacent lines, so a "Name, role" signature
/// right under a closing paragraph that is all quotation stays in the text: the risk this takes. Cost: one comma search
/// and the name check, only for a line under a whole quotation.
/// </summary>
internal static class NameCommaQuoteSource
{
    /// <summary>A name before the comma: "Tom Avery", "Anne-Marie de Vries".</summary>
    private const int MostNameWords = 4;

    public static bool Is(ReadOnlySpan<char> line) =>
        line.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma
        && line[..comma] is var name
        // "Tags: Upland Walks, reservoirs" right under a closing quotation: a label's line, no one's name.
        && !name.Contains(':')
        && Words.CountUpTo(name, MostNameWords + 1) is >= 2 and <= MostNameWords
        && Words.LooksLikePersonName(name);
}
