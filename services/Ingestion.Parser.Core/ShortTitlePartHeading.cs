using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Hardware Reviews - Blue's News Story" over rail blocks headed "&lt;h1&gt;Stories of Note&lt;/h1&gt;", "&lt;h1&gt;Popular
/// Threads&lt;/h1&gt;" and the story's "&lt;h2 class="posting"&gt;Hardware Reviews&lt;br&gt;&lt;span&gt;[May 08, 2020, 10:59 am ET] –
/// Post a Comment&lt;/span&gt;&lt;/h2&gt;": a news blog's template heads its side rails with h1s and the post with an h2, and a
/// daily roundup's headline has two words, too few for <see cref="DocumentTitleHeading"/> to match a part of the document
/// title by. With no metadata naming the headline and no h1 giving a part of the document title, the h2 or h3 whose own
/// first text (no link's, no span's: a logo or a menu item is a link) is a short part of the document title is the
/// headline, when it stands outside the page's header, navigation, rail and footer. Asked once per page without
/// metadata; one selector query over the h2s and h3s.
/// </summary>
internal static class ShortTitlePartHeading
{
    /// <summary>Shortest part taken ("News" or "Sports" alone is a section, no headline).</summary>
    private const int MinPartLength = 8;

    private const int MaxPartWords = 2;

    public static string? Find(IDocument document, List<IElement> h1s)
    {
        if (h1s.Count == 0)
        {
            return null;
        }

        var parts = DocumentTitleParts.Of(Whitespace.Collapse(document.Title));
        if (parts.Length < 2)
        {
            return null;
        }

        foreach (var h1 in h1s)
        {
            if (Array.IndexOf(parts, Whitespace.Collapse(h1.TextContent).Trim()) >= 0)
            {
                return null;
            }
        }

        foreach (var heading in document.SelectAll("h2, h3"))
        {
            if (FirstOwnText(heading) is not { Length: >= MinPartLength } opening || Words.Count(opening) > MaxPartWords
                || Array.IndexOf(parts, opening) < 0 || heading.Nearest("header, nav, aside, footer") is not null)
            {
                continue;
            }

            return opening;
        }

        return null;
    }

    /// <summary>The heading's first non-blank text node when it is the heading's own child; else null.</summary>
    private static string? FirstOwnText(IElement heading)
    {
        for (var node = heading.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    return Whitespace.Collapse(text.Data).Trim();
                }

                continue;
            }

            return null;
        }

        return null;
    }
}
