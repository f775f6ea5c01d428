namespace Ingestion.Parser.Core;

/// <summary>
/// "“Somebody left the gate open. Now the whole street pays for it”" set beside a paragraph that prints "… until
/// somebody left the gate open,” the warden said. “Now the whole street pays for it.”": a pull quote lifts a sentence's
/// second half from inside the text's sentence and capitalises its first word, as a quote set alone needs. The sentence
/// stands in the paragraph with its first letter small, after a space or an opening mark; the rest of it letter for
/// letter. A sentence whose words stand in the text only inside a longer word ("Seafront" for "front") is no match.
/// Cost: only for a quote sentence the paragraph does not print as it is; one search for its rest and a look at the
/// letter before each hit.
/// </summary>
internal static class CapitalisedPullQuoteSentence
{
    /// <summary>Whether <paramref name="paragraph"/> prints <paramref name="sentence"/> with its first letter in small type.</summary>
    public static bool IsIn(ReadOnlySpan<char> paragraph, ReadOnlySpan<char> sentence)
    {
        if (sentence.Length < 2 || !char.IsUpper(sentence[0]))
        {
            return false;
        }

        var small = char.ToLowerInvariant(sentence[0]);
        var rest = sentence[1..];
        var at = 0;
        while (at < paragraph.Length && paragraph[at..].IndexOf(rest, StringComparison.Ordinal) is var found and >= 0)
        {
            var start = at + found - 1;
            if (start >= 0 && paragraph[start] == small && (start == 0 || !char.IsLetterOrDigit(paragraph[start - 1])))
            {
                return true;
            }

            at += found + 1;
        }

        return false;
    }
}
