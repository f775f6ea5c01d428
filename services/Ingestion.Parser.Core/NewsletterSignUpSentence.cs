namespace Ingestion.Parser.Core;

/// <summary>
/// "Want more harbour news? Sign up now for the Harbour Post newsletter packed with the latest …!": a magazine's pitch for
/// its e-mail closing the text, a teaser question and then an imperative sentence that opens with "Sign up" and names a
/// newsletter. The known markers ("sign up for", "newsletter" as a line's start) miss it, the question coming first and
/// "now" standing between the verb and "for". Known by a sentence that opens with "Sign up" (at the line's start or after
/// ". ", "? ", "! ") and names a newsletter before it ends; a sentence of the text that speaks of a newsletter ("The
/// council sent residents a newsletter …") does not open so. Cost: one ordinal search for "Sign up" per short line, and
/// only on a hit a look at the two characters before it and a search for "newsletter" in the sentence.
/// </summary>
internal static class NewsletterSignUpSentence
{
    private const string Opening = "Sign up";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 20 or > 300)
        {
            return false;
        }

        var rest = text;
        var offset = 0;
        while (rest.IndexOf(Opening, StringComparison.Ordinal) is >= 0 and var at)
        {
            var start = offset + at;
            if (start == 0 || (start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '?' or '!'))
            {
                var sentence = text[start..];
                var end = sentence.IndexOfAny(SentenceEnds);
                var words = end < 0 ? sentence : sentence[..end];
                if (words.Contains("newsletter", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            offset = start + Opening.Length;
            rest = text[offset..];
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!");
}
