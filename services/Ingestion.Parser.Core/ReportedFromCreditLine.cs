namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Whitcomb reported from Lisbon, and Omar Reyes from Madrid.": a network's italic end line saying where each writer
/// of the byline reported from. It credits the writers, as "Name contributed to this report from Accra." does
/// (<see cref="BoilerplateFilter.IsContributorCredit"/>), and is no paragraph of the story. Known by a name of two or more
/// capitalised words before "reported from" and nothing after it but places and further "Name from Place" parts, so a
/// sentence of the text ("Mara Lind reported from the border for a decade.") stays.
/// </summary>
internal static class ReportedFromCreditLine
{
    private const string Phrase = " reported from ";

    private const int LongestLine = 200;

    private const int LongestName = 6;

    private const int LongestTail = 16;

    /// <summary>The small words a place list may hold between its capitalised names ("the", "of", "and … from …").</summary>
    private static readonly WordSet JoiningWords = new("and", "from", "the", "of");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 24 or > LongestLine || text[^1] != '.' || !char.IsUpper(text[0]) || text.IndexOf(Phrase, StringComparison.Ordinal) is not (> 0 and var at))
        {
            return false;
        }

        var name = text[..at];
        if (Words.Count(name) is < 2 or > LongestName || !IsNameRun(name))
        {
            return false;
        }

        var tail = text[(at + Phrase.Length)..^1];
        return Words.Count(tail) is > 0 and <= LongestTail && char.IsUpper(tail[0]) && AllCapitalised(tail, allowJoining: true);
    }

    /// <summary>"Lena Brook", "Lena Brook and Ivo Marsh", "Harbour News' Lena Brook": capitalised words, bar "and" between the names.</summary>
    public static bool IsNameRun(ReadOnlySpan<char> text) => AllCapitalised(text, allowJoining: false);

    /// <summary>Every word opens with a capital ("Dana", "U.S.", "News'"), bar "and" between names and, in a place list, the joining words.</summary>
    private static bool AllCapitalised(ReadOnlySpan<char> text, bool allowJoining)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range].Trim(",;");
            if (word.IsEmpty || char.IsUpper(word[0]) || word.SequenceEqual("and") || (allowJoining && JoiningWords.Contains(word)))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
