namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Tomas Lindqvist"&gt;" and a JSON-LD author "{"@type": "Person", "name": "Tomas
/// Lindqvist"}" on a blog whose masthead, document title and publisher are "Tomas Lindqvist": a personal site is named
/// for its writer, and the name is the writer's, not a republishing site's account (<see cref="SiteAccountByline"/>).
/// The person's type in the JSON-LD, the author meta saying the same and a name shaped like a person's (two or three
/// capitalised words) together tell the two apart.
/// </summary>
internal static class SiteNamedForWriter
{
    public static bool Is(IReadOnlyList<string> authors, string? site, IReadOnlySet<string> personAuthors, string? metaAuthor)
    {
        if (authors.Count != 1 || site is null || metaAuthor is null)
        {
            return false;
        }

        var name = authors[0].Trim();
        return name.Equals(site.Trim(), StringComparison.OrdinalIgnoreCase) && personAuthors.Contains(name)
            && Whitespace.Collapse(metaAuthor).Equals(name, StringComparison.OrdinalIgnoreCase)
            && Words.Count(name) is 2 or 3 && Words.LooksLikePersonName(name);
    }
}
