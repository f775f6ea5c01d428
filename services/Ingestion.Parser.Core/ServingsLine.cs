namespace Ingestion.Parser.Core;

/// <summary>
/// "Serves 4", "Serves 6 to 8", "Makes 12 servings": a recipe's yield printed on a line of its own between the recipe's
/// name and its ingredients, as a newspaper's food section sets it. Like a card's "Yield: 24 cookies" it is the recipe's
/// furniture, no sentence of the text.
/// </summary>
internal static class ServingsLine
{
    /// <summary>"Makes 10 to 12 servings" is the longest shape; a sentence that opens "Serves …" runs longer.</summary>
    private const int MaxLength = 28;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 8 or > MaxLength || (text[0] != 'S' && text[0] != 'M'))
        {
            return false;
        }

        // "SERVES 4" when the recipe card sets its labels in capitals.
        if (text.StartsWith("Serves ", StringComparison.OrdinalIgnoreCase))
        {
            return IsCount(text[7..]);
        }

        return text.StartsWith("Makes ", StringComparison.OrdinalIgnoreCase) && text.EndsWith(" servings", StringComparison.OrdinalIgnoreCase)
            && IsCount(text[6..^9]);
    }

    /// <summary>"4", "6 to 8", "4-6", "6 – 8": digits, joined by "to" or a dash at most.</summary>
    private static bool IsCount(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || word is "to" or "–" or "-" or "or")
            {
                continue;
            }

            foreach (var c in word)
            {
                if (!char.IsAsciiDigit(c) && c != '-' && c != '–')
                {
                    return false;
                }
            }

            digits++;
        }

        return digits is 1 or 2;
    }
}
