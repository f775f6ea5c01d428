using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Marisol Ueda covers transportation … View all posts by Marisol Ueda", "Nora covers business … View more posts": an
/// author box's biography ends with a link to the writer's other posts, which no sentence of the text ends with.
/// </summary>
internal static class AuthorBoxLinks
{
    private static readonly PhraseSet PostsLinks = new(
        // ASCII only ("alle beitr" for "alle Beiträge von"): the search stays on its fastest path.
        ["view all posts", "view more posts", "more posts by ", "all posts by ", "alle beitr", "voir tous les articles de ", "voir tous les articles par ",
         "ver todas las entradas de ", "ver todos los art", "visualizza tutti gli articoli di ", "bekijk alle berichten van "]);

    /// <summary>"Go to the profile of Rhiannon Vale": a blogging platform's link to the writer over the author box.</summary>
    private const string ProfileLink = "Go to the profile of ";

    public static bool EndsWithPostsLink(ReadOnlySpan<char> line)
    {
        // The writer's name or "posts" ends the line: a sentence's full stop turns it down before any search.
        if (line.Length is 0 or > 400 || !char.IsLetter(line[^1]))
        {
            return false;
        }

        // The link's words and the writer's name after them, and nothing more: only the line's end is searched.
        var tail = line[Math.Max(0, line.Length - 60)..];
        var at = PostsLinks.IndexIn(tail);
        return (at >= 0 && !tail[at..].Contains(". ", StringComparison.Ordinal)) || EndsWithMoreByName(tail);
    }

    /// <summary>
    /// "Gretchen Voss-Aldana is a writer in Iowa City. More Gretchen Voss-Aldana": a magazine's biography closes with
    /// "More" and the writer's name, the link to the writer's page, right after its last sentence.
    /// </summary>
    private static bool EndsWithMoreByName(ReadOnlySpan<char> tail)
    {
        var at = tail.LastIndexOf(MoreByName, StringComparison.Ordinal);
        return at >= 0 && tail[(at + MoreByName.Length)..] is var name && !name.Contains(". ", StringComparison.Ordinal) && Words.LooksLikePersonName(name);
    }

    private const string MoreByName = ". More ";

    public static bool IsProfileLink(ReadOnlySpan<char> line) => line.StartsWith(ProfileLink, StringComparison.Ordinal) && line.Length < 80;

    /// <summary>The writer's name a profile link names ("Go to the profile of Rhiannon Vale": "Rhiannon Vale").</summary>
    public static ReadOnlySpan<char> ProfileName(ReadOnlySpan<char> line) => IsProfileLink(line) ? line[ProfileLink.Length..].Trim() : [];
}
