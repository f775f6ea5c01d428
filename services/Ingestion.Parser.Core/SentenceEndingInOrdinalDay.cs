namespace Ingestion.Parser.Core;

/// <summary>
/// "Tell me that again on October 18th.": a comment's sentence that ends in a day of the month reads like a header of a
/// name and its time ("Name on October 18th"); but a header never closes its ordinal day ("18th", "1st") with a
/// sentence's full stop or exclamation mark, it goes on to the year or the clock, or simply ends.
/// </summary>
internal static class SentenceEndingInOrdinalDay
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length < 6 || text[^1] is not ('.' or '!'))
        {
            return false;
        }

        var word = text[..^1].TrimEnd('!');
        if (word.Length < 4)
        {
            return false;
        }

        var suffix = word[^2..];
        var digits = word[..^2];
        var count = digits.Length - digits.TrimEnd("0123456789").Length;
        return count is 1 or 2 && (count == digits.Length || digits[^(count + 1)] == ' ')
            && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));
    }
}
