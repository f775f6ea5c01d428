namespace Ingestion.Parser.Core;

/// <summary>
/// "• The Dunmore High School Class of 1956" over its date: an obituary's guest book entry signed by a class, a club or a
/// company, a name longer than a person's, every word capitalised but the joining "of", "and", "the" and a year. A
/// list item of a comment's text is a sentence or holds lower-case words.
/// </summary>
internal static class GroupSignature
{
    private const int LongestSignature = 60;
    private const int LeastWords = 5;
    private const int MostWords = 10;

    private static readonly WordSet Joiners = new(["of", "and", "the", "for", "at", "&"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 20 or > LongestSignature || !char.IsUpper(text[0]) || Words.EndsSentence(text) || text.ContainsAny(",:;!?"))
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (!Joiners.Contains(word) && word.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return words is >= LeastWords and <= MostWords && capitalised >= LeastWords - 1;
    }
}
