namespace Ingestion.Parser.Core;

/// <summary>
/// "Jonah Price Talks New Album: \"It's About Growing Up\"": a headline in title case that closes on a quotation after a
/// colon. Its closing quote ends no sentence: the quotation's last word stands right before it, with no full stop, as a
/// headline quotes a speaker; a sentence ending in a quotation closes it on a mark ("… he said, \"we're done.\"").
/// </summary>
internal static class QuotedTitleHeadline
{
    private const int MaxLength = 120;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 8 or > MaxLength || text[^1] is not ('"' or '”') || !char.IsLetterOrDigit(text[^2]))
        {
            return false;
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || text[(colon + 2)] is not ('"' or '“') || text[..colon].Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        return IsTitleCase(text[..colon]);
    }

    /// <summary>"Jonah Price Talks New Album": two capitalised words or more, and no lower-case word longer than a short function word.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        var capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]))
            {
                capitalised++;
            }
            else if (word.Length > 3)
            {
                return false;
            }
        }

        return capitalised >= 2;
    }
}
