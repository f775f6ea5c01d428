namespace Ingestion.Parser.Core;

/// <summary>
/// "Le 17 juillet à 22:09", "March 3 at 9:15 pm": a comment's date that a template prints without the year for the
/// current year's messages. It dates nothing on its own (the comment's time stays unknown), but it still marks the line
/// as a header, as a dated one does: a month's name with a day of one or two digits ("1er" too) beside it.
/// Cost: one pass over the words of a short line, a <see cref="DateWords"/> look-up each.
/// </summary>
internal static class YearlessDayMonth
{
    public static bool Holds(ReadOnlySpan<char> text)
    {
        var month = false;
        var day = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",.");
            if (word.IsEmpty)
            {
                continue;
            }

            if (DateWords.TryGet(word, out var kind, out _) && kind == DateWords.Kind.Month)
            {
                month = true;
            }
            else if (IsDay(word))
            {
                day = true;
            }
        }

        return month && day;
    }

    /// <summary>"17", "3", "1er": a day of the month, no clock and no year.</summary>
    private static bool IsDay(ReadOnlySpan<char> word)
    {
        var digits = word.EndsWith("er", StringComparison.Ordinal) ? word[..^2] : word;
        return digits.Length is 1 or 2 && Words.AreAllDigits(digits) && int.Parse(digits) is >= 1 and <= 31;
    }
}
