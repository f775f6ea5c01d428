namespace Ingestion.Parser.Core;

/// <summary>
/// "Harbour, Ferries, Timetable, Winter schedule": a picture's alt text filled with the post's keywords, which a text
/// rendering prints over the caption, between the headline and the byline. Four or more terms of one or two words,
/// parted by commas, with no sentence mark and no "and" before the last, make a list; no headline reads that way
/// ("Mayor, council, unions agree on budget" ends in a clause).
/// </summary>
internal static class CommaKeywordList
{
    private const int MinTerms = 4;

    private const int MaxTermWords = 2;

    private const int MaxLength = 200;

    private static readonly PrefixSet Conjunctions = new("and ", "und ", "et ", "y ", "e ", "or ", "oder ", "ou ");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > MaxLength || text.Count(", ") < MinTerms - 1 || text.ContainsAny(":;?!\"") || text[^1] == '.')
        {
            return false;
        }

        foreach (var range in text.Split(", "))
        {
            var term = text[range].Trim();
            if (term.IsEmpty || Words.CountUpTo(term, MaxTermWords + 1) > MaxTermWords || Conjunctions.Matches(term))
            {
                return false;
            }
        }

        return true;
    }
}
