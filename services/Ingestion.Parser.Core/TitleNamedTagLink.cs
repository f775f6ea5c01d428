using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags: Dennis Morton, film, kusp film review, Stand Up Guys" under a review titled "Stand Up Guys": a blog that files
/// a post under its own subject shows the tag as a link with <c>rel="tag"</c> (WordPress's tag links). The headline
/// given as a keyword is metadata's filler (<see cref="TitleOrSiteAsTag"/>); a tag link the reader sees is a tag, even
/// when it reads like the headline. So is one that reads like the site's name: "Themen: Medien, TagesWoche" under a
/// paper's farewell story about itself, filed under its own name (SiteNamedTagLink, a widening). A shop blog's
/// "Schlagworte:" list shows its tags as links to the tag's archive ("/blog/tag/Shopname/") without the rel: a link into a
/// "/tag/" or "/tags/" folder is as plainly a tag link (TagArchiveLink, a widening).
/// </summary>
internal static class TitleNamedTagLink
{
    /// <summary>
    /// The tags with the headline or the site's name <see cref="TitleOrSiteAsTag"/> took out put back where a rel="tag"
    /// link shows it.
    /// </summary>
    public static List<string> Restore(List<string> kept, List<string> read, string? title, string? site, IDocument document)
    {
        if (kept.Count == read.Count || (title is null && site is null))
        {
            return kept;
        }

        var links = document.SelectAll("a[rel~='tag'], a[href*='/tag/'], a[href*='/tags/']");
        if (links.Length == 0)
        {
            return kept;
        }

        var restored = new List<string>(read.Count);
        foreach (var tag in read)
        {
            if (kept.Contains(tag) || ((IsSame(tag, title) || IsSame(tag, site)) && IsShownAsLink(tag, links)))
            {
                restored.Add(tag);
            }
        }

        return restored;
    }

    private static bool IsSame(string tag, string? name) => name is not null && string.Equals(tag.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool IsShownAsLink(string tag, IHtmlCollection<IElement> links)
    {
        foreach (var link in links)
        {
            if (string.Equals(Whitespace.Collapse(link.TextContent), tag.Trim(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
