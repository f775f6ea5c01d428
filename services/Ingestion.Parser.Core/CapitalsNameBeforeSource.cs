namespace Ingestion.Parser.Core;

/// <summary>
/// "By LARA MENDEZ and PETER SOKOLOV Atlantic Press 9/26/2013 8:52 PM ET": a wire byline sets the writers' names in
/// capitals and runs the service's name on after the last one in mixed case; the change of case ends the name, whatever
/// the service is called. A mixed-case surname ("MARY ANN McCARTHY") is one word, where a service or a role
/// ("Atlantic Press", "Staff Writer") takes two or more.
/// </summary>
internal static class CapitalsNameBeforeSource
{
    private const int ShortestName = 2;

    private const int ShortestSource = 2;

    /// <summary>The capitals name at the start of the piece when mixed-case words follow it; the piece itself otherwise.</summary>
    public static string Trim(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = 0;
        while (capitals < words.Length && IsCapitalsWord(words[capitals]))
        {
            capitals++;
        }

        var rest = words.Length - capitals;
        return capitals >= ShortestName && rest >= ShortestSource && words[capitals..].All(IsMixedCaseWord)
            ? string.Join(' ', words[..capitals])
            : piece;
    }

    private static bool IsCapitalsWord(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static bool IsMixedCaseWord(string word) => char.IsUpper(word[0]) && word.Any(char.IsLower);
}
