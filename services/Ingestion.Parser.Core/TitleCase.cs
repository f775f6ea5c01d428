namespace Ingestion.Parser.Core;

/// <summary>
/// "Senator's Marathon Speech Can't Stop Vote on Spending Bill": a line set in title case capitalises every word of four
/// letters or more; small words ("on", "the", "as") may stay lower case.
/// </summary>
internal static class TitleCase
{
    public static bool IsTitleCase(string text, int minLongWords = 3)
    {
        var longWords = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.TrimStart('"', '\'', '“', '‘', '(');
            if (letters.Length < 4 || !char.IsLetter(letters[0]))
            {
                continue;
            }

            if (!char.IsUpper(letters[0]))
            {
                return false;
            }

            longWords++;
        }

        return longWords >= minLongWords;
    }
}
