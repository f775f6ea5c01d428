using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags: Dennis Morton, film, kusp film review, Stand Up Guys" under a review titled "Stand Up Guys": a blog that files
/// a post under its own subject shows the tag as a link with <c>rel="tag"</c> (WordPress's tag links). The headline
/// given as a keyword is metadata's filler (<see cref="TitleOrSiteAsTag"/>); a tag link the reader sees is a tag, even
/// when it reads like the headline.
/// </summary>
internal static class TitleNamedTagLink
{
    /// <summary>The tags with the headline <see cref="TitleOrSiteAsTag"/> took out put back where a rel="tag" link shows it.</summary>
    public static List<string> Restore(List<string> kept, List<string> read, string? title, IDocument document)
    {
        if (kept.Count == read.Count || title is null)
        {
            return kept;
        }

        var links = document.SelectAll("a[rel~='tag']");
        if (links.Length == 0)
        {
            return kept;
        }

        var restored = new List<string>(read.Count);
        foreach (var tag in read)
        {
            if (kept.Contains(tag) || (string.Equals(tag.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase) && IsShownAsLink(tag, links)))
            {
                restored.Add(tag);
            }
        }

        return restored;
    }

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
