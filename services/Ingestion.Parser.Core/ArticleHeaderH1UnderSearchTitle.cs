using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;Ferry Timetable Check 2021 | Harbour Club&lt;/title&gt;", the same words in og:title, and
/// "&lt;article&gt;&lt;header&gt;&lt;h1&gt;Twelve ferries checked: three fail on safety&lt;/h1&gt;&lt;time&gt;…&lt;/time&gt;&lt;/header&gt;": a club's or
/// a company's site writes its document title for search engines ("topic year | site") and copies it into the share
/// title, while the story prints its own headline as the one h1 of the page, at the head of the article. The two may
/// share no word, so no reading of the h1 as a fuller or respelled share title holds. The headline the reader sees is
/// the title. Asked only where the metadata's title is the document title word for word, carries a site part after a
/// separator, the page holds one article whose first-child header holds the page's only h1, and no other heading
/// prints the metadata's title (the widening of <see cref="ArticleHeaderHeadline"/> to an h1).
/// Cost: one query for the page's articles and one for its h1s, once per page, only when no other reading changed the title.
/// </summary>
internal static class ArticleHeaderH1UnderSearchTitle
{
    private const int MinLength = 20;

    private const int MaxLength = 300;

    /// <summary>"Harbour Club", "Coast Motoring Club e.V.": a site's name, no second headline.</summary>
    private const int MaxSiteWords = 4;

    public static string? Shown(IDocument document, string title)
    {
        // "Topic 2021 | Site": a template's title holds a site part after a separator; an editor's headline alone does not.
        if (!string.Equals(Whitespace.Collapse(document.Title), title, StringComparison.Ordinal) || DocumentTitleParts.Of(title).Length < 2)
        {
            return null;
        }

        var articles = document.GetElementsByTagName("article");
        var pageHeadings = document.GetElementsByTagName("h1");
        if (articles.Length != 1 || pageHeadings.Length != 1 || pageHeadings[0] is not { } heading
            || heading.ParentElement?.LocalName != "header" || heading.ParentElement.ParentElement != articles[0])
        {
            return null;
        }

        var shown = Whitespace.Collapse(heading.TextContent).Trim();
        return shown.Length is >= MinLength and <= MaxLength && Words.Count(shown) >= 4 && !shown.EndsWith(':')
            && !title.Contains(shown, StringComparison.OrdinalIgnoreCase) && !shown.Contains(title, StringComparison.OrdinalIgnoreCase)
            ? shown
            : null;
    }

    /// <summary>"Topic 2021 | Harbour Club" once its h1 was read as the headline: the title's last part is the site's name.</summary>
    public static string? Site(IDocument document, string documentTitle, string headline)
    {
        if (!string.Equals(Shown(document, documentTitle), headline, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = DocumentTitleParts.Of(documentTitle);
        return parts[^1] is { Length: > 0 } last && Words.Count(last) <= MaxSiteWords ? last : null;
    }
}
