namespace Ingestion.Parser.Core;

/// <summary>
/// "The only race that can end a career is the primary." set between two paragraphs of a column that prints "The only
/// race that can end a career is the primary, and the only way to lose …": an opinion page's pull quote without
/// quotation marks, one sentence lifted from a longer paragraph of the same text. A reader sees the words once. The
/// story's first paragraph is never one (a summary repeating the lede is another thing), nor is a paragraph printed twice
/// whole, nor a crosshead of a few words without a full stop that the paragraph under it repeats further on.
/// </summary>
internal static class UnquotedPullQuote
{
    private const int MinLength = 30;
    private const int MaxLength = 200;

    /// <summary>The most words of a crosshead asked about ("Kurs Obstbaumschnitt im eigenen Garten").</summary>
    private const int MaxCrossheadWords = 6;

    /// <summary>Pages with more paragraphs than this quote at length or list; asking each of every other would cost the square of the page.</summary>
    public const int MostParagraphs = 150;

    public static bool Is(IReadOnlyList<string> body, int index)
    {
        var paragraph = body[index];
        // Cheap first: a pull quote is one short sentence, not the text's first paragraph.
        if (index == 0 || paragraph.Length is < MinLength or > MaxLength || TextArticleReader.IsInQuotationMarks(paragraph))
        {
            return false;
        }

        var words = paragraph.AsSpan().TrimEnd(".!?…").Trim();
        // "… in the U.S. are dying …" is still one sentence: a stop inside an abbreviation or a number ends none (SentenceBreakInside).
        if (SentenceBreakInside.Has(words) || words.IsEmpty || !char.IsUpper(words[0]) || IsCrosshead(body, index, words))
        {
            return false;
        }

        for (var j = 0; j < body.Count; j++)
        {
            if (j != index && body[j].Length > paragraph.Length + 10
                && (body[j].AsSpan().Contains(words, StringComparison.Ordinal) || ElidedPullQuote.IsCutFrom(body[j], words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kurs Obstbaumschnitt" over "Wir haben die Handgriffe in dem Kurs Obstbaumschnitt zusammengestellt, …": a crosshead names
    /// what the paragraph under it is about, in words that paragraph uses further on; it is a few words without a full stop.
    /// A picture's alt text over its caption, or a teaser's headline beside its teaser, opens the longer line instead.
    /// </summary>
    private static bool IsCrosshead(IReadOnlyList<string> body, int index, ReadOnlySpan<char> words) =>
        !Words.EndsSentence(body[index]) && Words.CountUpTo(body[index], MaxCrossheadWords + 1) <= MaxCrossheadWords
        && index + 1 < body.Count && body[index + 1].AsSpan().IndexOf(words, StringComparison.Ordinal) > 0;
}
