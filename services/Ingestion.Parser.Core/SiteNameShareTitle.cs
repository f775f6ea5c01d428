using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:site_name" content="Harbour Notes - Mara Lind"&gt;", the same words in og:title and the document
/// title, and "&lt;main&gt;&lt;h2 class="post-title"&gt;Why I row before breakfast&lt;/h2&gt;": a small blog's template writes its own
/// name into every page's sharing tags, so the metadata's title is the site's name, not the post's; the page has no h1,
/// and the post's headline is the one title-classed h2 of its main box. Taken as it was, the site's name became the
/// title. Only when the metadata's title is the site's name word for word, the page holds no h1, and the main box (the
/// <c>main</c> element or the one <c>[role=main]</c>) holds exactly one h2 whose class names a title or headline: an index
/// page listing posts holds several.
/// Cost: a look for the page's h1 and main box, and at the h2 elements inside that box, only for pages whose metadata
/// title is the site's name.
/// </summary>
internal static class SiteNameShareTitle
{
    private const int MaxLength = 300;

    public static string? Headline(IDocument document, string title, string? site)
    {
        if (site is null || !string.Equals(Whitespace.Collapse(site).Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)
            || document.GetElementsByTagName("h1").Length > 0
            || (document.SelectFirst("main") ?? document.SelectFirst("[role='main']")) is not { } main)
        {
            return null;
        }

        string? headline = null;
        foreach (var heading in main.GetElementsByTagName("h2"))
        {
            if (heading.ClassName is not { } classes
                || !(classes.Contains("title", StringComparison.OrdinalIgnoreCase) || classes.Contains("headline", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (headline is not null)
            {
                return null;
            }

            headline = Whitespace.Collapse(heading.TextContent).Trim();
        }

        return headline is { Length: > 0 and <= MaxLength } && Words.Count(headline) >= 3
            && !string.Equals(headline, title, StringComparison.OrdinalIgnoreCase) ? headline : null;
    }
}
