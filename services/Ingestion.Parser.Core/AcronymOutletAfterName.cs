namespace Ingestion.Parser.Core;

/// <summary>
/// "By Alistair Penrose BBN News, Beirut": a broadcaster's byline runs the network's name on after the writer's, an
/// acronym in capitals and a word or two in mixed case ("BBN News", "KTVX Radio"), with nothing between them. The
/// capitals word inside a mixed-case name ends the name there. A surname set in capitals ("Jean Pierre DUPONT") stands
/// last, with no mixed-case word after it, so it is kept.
/// </summary>
internal static class AcronymOutletAfterName
{
    private const int ShortestName = 2;

    private const int ShortestAcronym = 2;

    private const int LongestAcronym = 5;

    private const int LongestOutletTail = 2;

    /// <summary>The name before the outlet when the piece ends in one; the piece itself otherwise.</summary>
    public static string Trim(string piece)
    {
        // Cheap rejection: an outlet's acronym needs two capitals in a row somewhere after the name's first word.
        var space = piece.IndexOf(' ');
        if (space < 0 || !HasTwoCapitalsInRow(piece.AsSpan(space)))
        {
            return piece;
        }

        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var at = ShortestName; at < words.Length; at++)
        {
            if (!IsAcronym(words[at]))
            {
                continue;
            }

            var tail = words.Length - at - 1;
            return tail is >= 1 and <= LongestOutletTail && words[..at].All(IsMixedCaseWord) && words[(at + 1)..].All(IsMixedCaseWord)
                ? string.Join(' ', words[..at])
                : piece;
        }

        return piece;
    }

    private static bool HasTwoCapitalsInRow(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsUpper(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(string word) => word.Length is >= ShortestAcronym and <= LongestAcronym && word.All(char.IsAsciiLetterUpper);

    private static bool IsMixedCaseWord(string word) => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');
}
