using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Marisol Ueda covers transportation … View all posts by Marisol Ueda", "Nora covers business … View more posts": an
/// author box's biography ends with a link to the writer's other posts, which no sentence of the text ends with.
/// </summary>
internal static class AuthorBoxLinks
{
    private static readonly SearchValues<string> PostsLinks = SearchValues.Create(
        ["view all posts", "view more posts", "more posts by ", "all posts by ", "alle beiträge von ", "voir tous les articles de ", "voir tous les articles par ",
         "ver todas las entradas de ", "ver todos los artículos de ", "visualizza tutti gli articoli di ", "bekijk alle berichten van "],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"Go to the profile of Rhiannon Vale": a blogging platform's link to the writer over the author box.</summary>
    private const string ProfileLink = "Go to the profile of ";

    public static bool EndsWithPostsLink(ReadOnlySpan<char> line)
    {
        if (line.Length > 400)
        {
            return false;
        }

        var at = line.IndexOfAny(PostsLinks);
        // The link's words and the writer's name after them, and nothing more.
        return at >= 0 && line.Length - at <= 60 && !line[at..].Contains(". ", StringComparison.Ordinal);
    }

    public static bool IsProfileLink(ReadOnlySpan<char> line) => line.StartsWith(ProfileLink, StringComparison.Ordinal) && line.Length < 80;
}
