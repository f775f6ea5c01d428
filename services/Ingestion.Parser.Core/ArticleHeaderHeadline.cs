using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;As Council Votes, Ferry Critics Are Stunned!&lt;/title&gt;", the same words in og:title, and
/// "&lt;article&gt;&lt;header&gt;&lt;h2&gt;Council votes to keep the night ferry&lt;/h2&gt;&lt;/header&gt;": a template whose h1 is the logo prints
/// the story's headline as the h2 of the article's own header, while the document and sharing titles carry a headline
/// written anew for search and social feeds, sharing few or none of its words (so <see cref="SecondLevelHeadline"/>
/// does not take it). The heading the reader sees over the story is the title. Only the one article of the page is
/// asked, only when it holds no h1, its header exactly one h2 of headline length, the metadata's title is the
/// document title word for word and no h1 of the page prints it.
/// Cost: one query for the page's articles, once per page and only when no other reading changed the title.
/// </summary>
/// <remarks>
/// "&lt;title&gt;Ferry Timetable Check 2021 | Harbour Club&lt;/title&gt;", the same words in og:title, and
/// "&lt;article&gt;&lt;header&gt;&lt;h1&gt;Twelve ferries checked: three fail on safety&lt;/h1&gt;&lt;time&gt;…&lt;/time&gt;&lt;/header&gt;": a club's or
/// a company's site writes its document title for search engines ("topic year | site") and copies it into the share
/// title, while the story prints its own headline as the one h1 of the page, at the head of the article. The two may
/// share no word, so no reading of the h1 as a fuller or respelled share title holds. The headline the reader sees is
/// the title. Asked only where the metadata's title is the document title word for word, carries a site part after a
/// separator, the page holds one article with a header child that holds the page's only h1, and no other heading
/// prints the metadata's title.
/// Cost: one query for the page's articles and one for its h1s, once per page, only when no other reading changed the title.
/// </remarks>
internal static class ArticleHeaderHeadline
{
    private const int MinLength = 20;

    private const int MaxLength = 300;

    /// <summary>The most words a site part of the search title holds.</summary>
    private const int MaxSiteWords = 4;

    public static string? Shown(IDocument document, string title) => HeaderH2(document, title) ?? HeaderH1UnderSearchTitle(document, title);

    private static string? HeaderH2(IDocument document, string title)
    {
        if (!string.Equals(Whitespace.Collapse(document.Title), title, StringComparison.Ordinal))
        {
            return null;
        }

        var articles = document.GetElementsByTagName("article");
        if (articles.Length != 1 || articles[0] is not { } article || article.GetElementsByTagName("h1").Length > 0
            || FirstChildHeader(article) is not { } header || header.GetElementsByTagName("h2") is not { Length: 1 } headings)
        {
            return null;
        }

        // A page that prints the title itself in an h1 outside the article shows its headline there; the h2 is a dek.
        foreach (var pageHeading in document.GetElementsByTagName("h1"))
        {
            if (string.Equals(Whitespace.Collapse(pageHeading.TextContent).Trim(), title, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        var shown = Whitespace.Collapse(headings[0].TextContent).Trim();
        return IsHeadline(shown) && !string.Equals(shown, title, StringComparison.OrdinalIgnoreCase) ? shown : null;
    }

    /// <summary>The page's one h1 in the one article's header, under a search title ("Topic 2021 | Site") it shares no part with.</summary>
    private static string? HeaderH1UnderSearchTitle(IDocument document, string title)
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
        return IsHeadline(shown) && !title.Contains(shown, StringComparison.OrdinalIgnoreCase) && !shown.Contains(title, StringComparison.OrdinalIgnoreCase)
            ? shown
            : null;
    }

    /// <summary>The search title's last part, its site, where the headline is that h1.</summary>
    public static string? SiteBesideHeaderH1(IDocument document, string documentTitle, string headline)
    {
        if (!string.Equals(HeaderH1UnderSearchTitle(document, documentTitle), headline, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = DocumentTitleParts.Of(documentTitle);
        return parts[^1] is { Length: > 0 } last && Words.Count(last) <= MaxSiteWords ? last : null;
    }

    private static bool IsHeadline(string shown) => shown.Length is >= MinLength and <= MaxLength && Words.Count(shown) >= 4 && !shown.EndsWith(':');

    private static IElement? FirstChildHeader(IElement article)
    {
        foreach (var child in article.Children)
        {
            if (child.LocalName == "header")
            {
                return child;
            }
        }

        return null;
    }
}
