using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;Kategorien: &lt;a href="/kategorie/Inland"&gt;Inland&lt;/a&gt;: &lt;a href="/kategorie/Politik"&gt;Politik&lt;/a&gt;:
/// &lt;/div&gt;" under the text: a hand-made template's categories row, its links unmarked (no <c>rel="category"</c>) but each
/// leading to one of the site's category pages, and parted the way the site parts all its rows, here with a colon after
/// each. Under a categories label such links are the post's categories, as WordPress' marked links are
/// (CategoryRowBesideTagRow), and a colon between them is a separator as a comma is. Only under a categories label: a
/// colon after a link elsewhere may open a sentence, and a link to a category page in a byline row with no such label is
/// the section's, no list.
/// </summary>
internal static class CategoryPageRow
{
    /// <summary>A path segment naming the site's category pages ("/kategorie/Inland", "/category/boats/").</summary>
    private static readonly WordSet Segments = new(["category", "categories", "kategorie", "kategorien", "categorie", "categoria", "categoría", "catégorie"]);

    /// <summary>Whether the link leads to a category page: one segment of its path is a category word, another follows it.</summary>
    public static bool IsLink(IElement link)
    {
        var href = link.GetAttribute("href").AsSpan();
        var end = href.IndexOfAny('?', '#');
        var path = end < 0 ? href : href[..end];
        var start = 0;
        while (path[start..].IndexOf('/') is >= 0 and var slash)
        {
            var segmentStart = start + slash + 1;
            var next = path[segmentStart..].IndexOf('/');
            var segment = next < 0 ? path[segmentStart..] : path.Slice(segmentStart, next);
            if (next >= 0 && segmentStart + next + 1 < path.Length && Segments.Contains(segment))
            {
                return true;
            }

            if (next < 0)
            {
                return false;
            }

            start = segmentStart + next;
        }

        return false;
    }

    /// <summary>Whether the text between two links is a colon (or colons) and blanks only: the row's separator.</summary>
    public static bool IsSeparator(string text)
    {
        var trimmed = text.AsSpan().Trim(" \u00a0\t\r\n");
        return trimmed.Length > 0 && trimmed.Trim(':').Length == 0;
    }
}
