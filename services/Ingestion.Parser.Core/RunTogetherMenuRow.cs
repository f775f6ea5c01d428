using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Just In World Business Sport Analysis &amp; Opinion", "Latest City Hall Schools Business Events Send a tip About
/// Archive": <c>w3m</c> and <c>lynx</c> print a menu bar's links run together on one line, with no bar or bullet between
/// them. The row reads like a headline in title case, but it is a string of capitalised section names, two of them side
/// by side sections every news menu lists, with no punctuation and no digit: site chrome, never the title.
/// </summary>
internal static class RunTogetherMenuRow
{
    private const int MinLength = 20;
    private const int MaxLength = 120;
    private const int MinWords = 5;
    private const int MinSections = 2;

    /// <summary>Marks no menu row or name holds: a sentence's or a line of chrome's punctuation.</summary>
    private static readonly SearchValues<char> NotInMenuRow = SearchValues.Create(",:;\"“”?!|'’");

    public static bool Is(string line)
    {
        // An ordinary headline or prose line is turned down by its length, first letter, ending or punctuation.
        var text = line.AsSpan().Trim();
        if (text.Length is < MinLength or > MaxLength || !char.IsUpper(text[0]) || Words.EndsSentence(text) || Words.HasDigit(text)
            || text.IndexOfAny(NotInMenuRow) >= 0)
        {
            return false;
        }

        var words = 0;
        var lowercase = 0;
        var sections = 0;
        var adjacentSections = false;
        var previousWasSection = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            var isSection = char.IsUpper(word[0]) && SiteMenuLine.IsItem(word);
            lowercase += char.IsUpper(word[0]) ? 0 : 1;
            sections += isSection ? 1 : 0;
            adjacentSections |= isSection && previousWasSection;
            previousWasSection = isSection;
        }

        // "Send a tip" may stand among the links; a sentence-case headline has more words in lower case than that. A title-case
        // headline may hold two section words ("Larkspur Health Systems Names … Chief Technology Officer"), but not side by side
        // as the links of a menu stand ("World Business Sport", "Economie Sport Tech").
        return words >= MinWords && sections >= MinSections && adjacentSections && lowercase * 4 <= words;
    }
}
