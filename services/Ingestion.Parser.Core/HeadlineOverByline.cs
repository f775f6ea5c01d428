using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// An h1 printed right above the story's byline is the headline the reader sees, whatever the sharing title says:
/// "Senate passes stopgap bill, sending shutdown fight back to the House" over "By Lauren Achebe and Tomas Wexler",
/// while og:title and the microdata headline still carry the morning's "Senate nears vote on stopgap spending bill".
/// A logo, a blog's name or a section label sits in the page's header, links home or is the document title's other
/// part ("Post title | Blog name"), and a kicker h1 stands over the headline, not over the byline; none of them counts.
/// </summary>
internal static class HeadlineOverByline
{
    /// <summary>
    /// Whether <paramref name="heading"/> is a sentence-like headline directly over a byline naming one of
    /// <paramref name="authors"/> (or, with none known, a line "By Name …"), where <paramref name="title"/> is the
    /// metadata's headline.
    /// </summary>
    public static bool Is(IElement heading, string title, IReadOnlyList<string> authors)
    {
        var shown = Whitespace.Collapse(heading.TextContent);
        if (shown.Length is < 20 or > 300 || shown[^1] == ':' || Words.CountUpTo(shown, 41) is < 4 or > 40)
        {
            return false;
        }

        var next = heading.NextElementSibling;
        // "<h1>The Keepers of Tamsin Point</h1><p class="entry-dek">For 31 years, …</p><div class="entry-meta">By …": a
        // magazine sets its dek between the headline and the byline; a dek its class names as one is passed over.
        if (next is not null && HtmlFurniture.IsStandfirstClass(next.ClassName) && NodeText.IsShorterThan(next, DekLength))
        {
            next = next.NextElementSibling;
        }

        if (next is null || next.LocalName is "h1" or "h2" or "h3" or "nav" || (next.LocalName is "ul" or "ol" && !IsBylineList(next))
            || !IsBylineOf(Whitespace.Collapse(next.TextContent), authors))
        {
            return false;
        }

        return !IsMasthead(heading) && !IsTitlesOtherPart(heading.Owner?.Title, title, shown);
    }

    /// <summary>
    /// BylineList: "&lt;ul class="byline"&gt;&lt;li&gt;By Name on December 4, 2014&lt;/li&gt;&lt;/ul&gt;": a Drupal magazine theme sets its
    /// byline as a list of one or two items, its class naming it; a list of links under a heading is a menu or a teaser list.
    /// </summary>
    private static bool IsBylineList(IElement list) =>
        list.ClassName is { } className && className.Contains("byline", StringComparison.OrdinalIgnoreCase) && list.Children.Length <= 2;

    private static bool IsBylineOf(string byline, IReadOnlyList<string> authors)
    {
        if (byline.Length is < 5 or > 400)
        {
            return false;
        }

        if (authors.Count == 0)
        {
            return byline.StartsWith("By ", StringComparison.Ordinal) && char.IsUpper(byline[3]);
        }

        foreach (var author in authors)
        {
            if (author.Length > 3 && byline.Contains(author, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A dek of a sentence or two; a box of teasers with a standfirst class is far longer.</summary>
    private const int DekLength = 400;

    /// <summary>
    /// "&lt;header&gt;&lt;h1&gt;&lt;a href="/"&gt;Notes from the Statehouse&lt;/a&gt;": the site's or blog's name. The story's own
    /// header inside its article ("&lt;article&gt;&lt;header class="entry-header"&gt;&lt;h1&gt;…") holds the headline, not the site's name.
    /// </summary>
    private static bool IsMasthead(IElement heading)
    {
        if (IsInPageHeader(heading) || MarkedElements.IsInside(heading, "nav"))
        {
            return true;
        }

        foreach (var link in heading.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("href") is { } href && IsHome(href))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInPageHeader(IElement heading)
    {
        for (var ancestor = heading.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "header")
            {
                return !MarkedElements.IsInside(ancestor, "article");
            }
        }

        return false;
    }

    private static bool IsHome(string href)
    {
        var trimmed = href.Trim().TrimEnd('/');
        if (trimmed.Length == 0 || trimmed is "." or "index.html" or "index.php")
        {
            return true;
        }

        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && trimmed.IndexOf('/', scheme + 3) < 0;
    }

    /// <summary>"Council ends overnight parking ban | Notes from the Statehouse": the h1 is the title's other part.</summary>
    private static bool IsTitlesOtherPart(string? documentTitle, string title, string shown) =>
        documentTitle is { Length: > 0 } && !string.Equals(shown, title, StringComparison.Ordinal)
        && documentTitle.Contains(shown, StringComparison.Ordinal) && documentTitle.Contains(title, StringComparison.Ordinal);
}
