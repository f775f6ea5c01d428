namespace Ingestion.Parser.Core;

/// <summary>
/// "“All we wanted was to open the bakery again by spring”" set beside a paragraph that quotes "“All we wanted was to
/// open the bakery … again by spring,” she said.": a pull quote in quotation marks prints the text's quote without the
/// text's ellipsis, or with words of it cut, as the unquoted one does (<see cref="ElidedPullQuote"/>): the quote's words
/// stand in the paragraph in order, in two or three runs of three words or more each. A widening of the quoted pull
/// quote's check, which asked for the words whole or sentence by sentence. A quotation that only shares a few words
/// with the text, or rewords it, stays. Cost: for each of the page's few quoted paragraphs the text does not print
/// whole, one search a run in each other paragraph.
/// </summary>
internal static class ElidedQuotedPullQuote
{
    public static bool IsCutFrom(string paragraph, string quote) =>
        paragraph.Length > quote.Length && ElidedPullQuote.IsCutFrom(paragraph, quote);
}
