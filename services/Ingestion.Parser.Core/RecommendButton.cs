namespace Ingestion.Parser.Core;

/// <summary>
/// "9/26/2013 7:02:17 PM | Recommend (3) | Report Abuse" (Pluck), "27/09/2013 08:12 Recommend (31) Report abuse": a
/// comment footer's recommend button beside the date, with the count of readers who pressed it. The word and the one
/// number right after it are the button's, no part of the date; a number elsewhere on the line still makes it another
/// kind of line ("Recommend 3 restaurants from 2013" holds no date of a comment, and reads no day from the 3 either).
/// </summary>
internal static class RecommendButton
{
    public static bool IsLabel(ReadOnlySpan<char> word) =>
        word.Length is 9 or 10 && word[0] is 'R' or 'r'
        && (word.Equals("recommend", StringComparison.OrdinalIgnoreCase) || word.Equals("recommends", StringComparison.OrdinalIgnoreCase));

    /// <summary>The button's count: digits only (a date line's comma parts "1,204" into two numbers, and the second stays a stray one).</summary>
    public static bool IsCount(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token.Length > 7 || !char.IsAsciiDigit(token[0]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
