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
internal static class ArticleHeaderHeadline
{
    private const int MinLength = 20;

    private const int MaxLength = 300;

    public static string? Shown(IDocument document, string title)
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
        return shown.Length is >= MinLength and <= MaxLength && Words.Count(shown) >= 4 && !shown.EndsWith(':')
            && !string.Equals(shown, title, StringComparison.OrdinalIgnoreCase)
            ? shown
            : null;
    }

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
