namespace Ingestion.Parser.Core;

/// <summary>
/// "Paul Okafor By Paul Okafor Harbour News" under the headline of a network's story, the site being "Harbour News": a
/// text browser runs the network's name on after the writer's, as the byline box sets them side by side. A writer's name
/// that ends with the page's own site name, two words of name before it, is that name; the site is no part of it.
/// </summary>
internal static class SiteNameAfterAuthor
{
    private const int FewestNameWords = 2;

    public static List<string> Trimmed(List<string> authors, string? site)
    {
        if (site is not { Length: > 0 } || authors.Count == 0)
        {
            return authors;
        }

        List<string>? trimmed = null;
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            if (author.Length > site.Length + 1 && author.EndsWith(site, StringComparison.OrdinalIgnoreCase) && author[^(site.Length + 1)] == ' '
                && author[..^(site.Length + 1)].TrimEnd() is var name && Words.Count(name) >= FewestNameWords)
            {
                trimmed ??= [.. authors];
                trimmed[i] = name;
            }
        }

        return trimmed ?? authors;
    }
}
