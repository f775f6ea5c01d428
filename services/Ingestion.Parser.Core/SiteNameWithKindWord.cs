namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="Author" content="Harbour Magazine"&gt;" on a site whose name is "Harbour" (og:site_name), over the byline
/// "By Lena Ortiz": a publisher's template signs every page with the site's name and the kind of publication it is
/// ("Magazine", "Newspaper", "Online"). That names the publication, no writer, as the bare site name does
/// (<see cref="MetaAuthorNoWriter.Is"/>), so the page's byline is read instead. Cost: asked once per page of the author
/// meta: a prefix compare and one word compare; no allocation.
/// </summary>
internal static class SiteNameWithKindWord
{
    private static readonly string[] KindWords = ["Magazine", "Mag", "Newspaper", "Online", "Digital", "Weekly", "Daily"];

    /// <summary>Whether <paramref name="name"/> is <paramref name="site"/> followed by one word naming a kind of publication.</summary>
    public static bool Is(ReadOnlySpan<char> name, ReadOnlySpan<char> site)
    {
        name = name.Trim();
        site = site.Trim();
        if (site.Length == 0 || name.Length <= site.Length + 1 || !name.StartsWith(site, StringComparison.OrdinalIgnoreCase)
            || name[site.Length] != ' ')
        {
            return false;
        }

        var rest = name[(site.Length + 1)..].Trim();
        foreach (var word in KindWords)
        {
            if (rest.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
