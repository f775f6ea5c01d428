using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "5 from 7 votes", "4.86 from 21 votes", "5 from 1 vote": a recipe card's star rating under the post's headline, as a
/// text browser prints it once the stars are gone: the average, "from", and the number of votes, nothing else.
/// </summary>
internal static class AverageOfVotesLine
{
    private const string From = " from ";

    private const int MaxLength = 24;

    private static readonly SearchValues<char> AverageCharacters = SearchValues.Create("0123456789.,");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IsEmpty || !char.IsAsciiDigit(text[0]) || text.IndexOf(From, StringComparison.Ordinal) is not (> 0 and var from))
        {
            return false;
        }

        var average = text[..from];
        var rest = text[(from + From.Length)..];
        var space = rest.IndexOf(' ');
        return space > 0 && !average.ContainsAnyExcept(AverageCharacters) && !rest[..space].ContainsAnyExceptInRange('0', '9')
            && rest[(space + 1)..] is "votes" or "vote";
    }
}
