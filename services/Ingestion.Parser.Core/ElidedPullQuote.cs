namespace Ingestion.Parser.Core;

/// <summary>
/// "It is really something to be disabused about motive, and yet still come to work every day." set beside a paragraph
/// that reads "…it is really something to be disabused about motive, venality, capacity for double-crossing, and yet
/// still come to work every day, trying to get something done.": a magazine's pull quote cuts words out of the sentence
/// it lifts and capitalises its first word. A widening of <see cref="UnquotedPullQuote"/>, which asks for the sentence
/// whole: the quote's words stand in the longer paragraph in the same order, in two or three runs of three words or more
/// each, nothing reworded. Cost: per quote candidate and longer paragraph, one search for the quote's first words.
/// </summary>
internal static class ElidedPullQuote
{
    private const int MaxRuns = 3;

    private const int MinRunWords = 3;

    /// <summary>Whether <paramref name="quote"/> is <paramref name="paragraph"/>'s words with some cut out.</summary>
    public static bool IsCutFrom(ReadOnlySpan<char> paragraph, ReadOnlySpan<char> quote)
    {
        var at = 0;
        var runs = 0;
        var rest = quote.Trim();
        while (!rest.IsEmpty)
        {
            if (++runs > MaxRuns)
            {
                return false;
            }

            var words = MinRunWords;
            var length = WordsEnd(rest, words);
            if (length == rest.Length && rest[..length].Count(' ') < MinRunWords - 1)
            {
                // Two words left over are too few to tell a cut quote from a reworded one.
                return false;
            }

            // The quote's first word may be capitalised where the sentence runs on in small letters.
            var found = paragraph[at..].IndexOf(rest[..length], runs == 1 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var start = at + found;
            // The run goes on as long as the paragraph goes on with the quote's next word.
            while (length < rest.Length && WordsEnd(rest, words + 1) is var longer
                && paragraph[start..].StartsWith(rest[..longer], StringComparison.OrdinalIgnoreCase))
            {
                length = longer;
                words++;
            }

            if (!IsWordEdge(paragraph, start - 1) || !IsWordEdge(paragraph, start + length))
            {
                return false;
            }

            at = start + length;
            rest = rest[length..].TrimStart(' ');
        }

        return runs >= 2;
    }

    /// <summary>The end of the first <paramref name="count"/> words of <paramref name="text"/>, or its length.</summary>
    private static int WordsEnd(ReadOnlySpan<char> text, int count)
    {
        var end = 0;
        for (var word = 0; word < count; word++)
        {
            var space = text[end..].IndexOf(' ');
            if (space < 0)
            {
                return text.Length;
            }

            end += space + (word + 1 < count ? 1 : 0);
        }

        return end;
    }

    private static bool IsWordEdge(ReadOnlySpan<char> text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
