namespace Ingestion.Parser.Core;

/// <summary>
/// "132 with 73 posters participating", "45 comments from 30 readers": a thread's tally of posts and of the people who
/// wrote them, printed under the story's header (a link's screen-reader note, which a text dump shows). A widget's count,
/// no headline and no text. Two numbers joined by "with", "from" or "by", a word for people after the second, nothing
/// else but an optional noun after the first and "participating" at the end.
/// </summary>
internal static class ParticipantCountLine
{
    private const int LongestLine = 60;

    /// <summary>"1,204 replies by 310 members participating": the longest tally, in words.</summary>
    private const int MostWords = 6;

    private static readonly WordSet Joins = new(["with", "from", "by"]);

    private static readonly WordSet People = new(["posters", "participants", "commenters", "people", "users", "readers", "members"]);

    private static readonly WordSet CountNouns = new(["comments", "replies", "posts", "responses"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestLine || text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        Span<Range> words = stackalloc Range[MostWords + 1];
        var count = text.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 4 or > MostWords)
        {
            return false;
        }

        if (!IsNumber(text[words[0]]))
        {
            return false;
        }

        // The join, the second number and the people word follow the first number, or the noun after it.
        var at = CountNouns.Contains(text[words[1]]) ? 2 : 1;
        if (at + 3 > count || !Joins.Contains(text[words[at]]) || !IsNumber(text[words[at + 1]]) || !People.Contains(text[words[at + 2]]))
        {
            return false;
        }

        return at + 3 == count || (at + 4 == count && text[words[at + 3]].Equals("participating", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789,.");

    private static bool IsNumber(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExcept(NumberCharacters);
}
