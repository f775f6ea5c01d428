using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:title" content="How to Pack a Ferry Bag: The Harbour Eye: Harbour on Style: Harbour"&gt;" over a blog
/// post whose "&lt;h2 class="entry-title"&gt;How to Pack a Ferry Bag&lt;/h2&gt;" is the headline: an old magazine CMS titles its
/// blog posts with the headline and the trail of the blog, its section and the site, parted by colons, the site's name
/// (og:site_name) last. A colon may stand inside a headline, so the trail is cut only where a heading of the page shows
/// the headline alone and the title goes on from it with ": " to end with ": Site". Cost: asked once per page, only of a
/// share title ending with ": " and the site's name: one query of the h1 and h2 elements and a prefix compare each.
/// </summary>
internal static class ColonSectionTrail
{
    private const int MinHeadingLength = 8;

    /// <summary>The heading that <paramref name="shareTitle"/> opens with before its colon trail, or null.</summary>
    public static string? Headline(IDocument document, string? shareTitle, string? site)
    {
        if (shareTitle is null || site is not { Length: > 0 } || shareTitle.Length <= site.Length + 2
            || !shareTitle.EndsWith(site.Trim(), StringComparison.OrdinalIgnoreCase)
            || !shareTitle.AsSpan(0, shareTitle.Length - site.Trim().Length).EndsWith(": ", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var heading in document.SelectAll("h1, h2"))
        {
            var text = Whitespace.Collapse(heading.TextContent);
            if (text.Length >= MinHeadingLength && shareTitle.Length > text.Length + 2 && shareTitle.StartsWith(text, StringComparison.Ordinal)
                && shareTitle.AsSpan(text.Length).StartsWith(": ", StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }
}
