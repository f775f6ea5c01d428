namespace Ingestion.Parser.Core;

/// <summary>
/// "“...women take in what they are told about how they should look …”": a pull quote cut from the middle of a sentence
/// opens with an ellipsis inside its quotation marks. The dots mark words left out and are no words of the quote, so the
/// quote's words to find in the text begin after them. Cost: a trim of the quote's opening, asked only of paragraphs
/// already in quotation marks.
/// </summary>
internal static class ElidedQuoteOpening
{
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> quote) => quote.TrimStart(".… ");
}
