namespace Ingestion.Parser.Core;

/// <summary>
/// "Gazza of Coogara Posted at 2:41 PM …", "Marine Mel of Bondi Junction Posted at …": Australian papers' comment form
/// asks for a name and a suburb and prints them joined by "of". When every commenter of the thread is printed so, the
/// suburb is no part of the name; one "Margaret of Riverton" among plain names is a name chosen so.
/// </summary>
internal static class SuburbAfterName
{
    private const string Joiner = " of ";
    private const int MinComments = 2;

    public static IReadOnlyList<ParsedComment> Strip(IReadOnlyList<ParsedComment> comments)
    {
        if (comments.Count < MinComments || !comments.All(comment => NameBeforeSuburb(comment.Author) is not null))
        {
            return comments;
        }

        return [.. comments.Select(comment => comment with { Author = NameBeforeSuburb(comment.Author) })];
    }

    /// <summary>"Marine Mel" of "Marine Mel of Bondi Junction": the name before a suburb in capitalised words, or null.</summary>
    private static string? NameBeforeSuburb(string? author)
    {
        var at = author?.IndexOf(Joiner, StringComparison.Ordinal) ?? -1;
        if (author is null || at <= 0)
        {
            return null;
        }

        var suburb = author[(at + Joiner.Length)..];
        var words = suburb.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && Array.TrueForAll(words, word => char.IsUpper(word[0])) ? author[..at].TrimEnd() : null;
    }
}
