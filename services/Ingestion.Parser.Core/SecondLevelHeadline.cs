using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A page whose h1 is its logo or blog name, or that has none, prints the headline in an h2: K2's
/// "h2.itemTitle" ("Ferry operator adds winter crossings after islanders fill council chamber"), a Tumblr theme's post
/// title under the blog's h1. Its sharing title is often a shortened form ("Ferry operator adds winter crossings",
/// twitter:title "Library reopens"). The first h2 outside the page's menus and rails that is longer and holds most of
/// the sharing title's words is the headline as shown, unless it only puts a kicker before the same words. A blog
/// platform's "Headline @ Blog :: Platform ::" gives way to the h2 that shows the headline alone.
/// </summary>
internal static class SecondLevelHeadline
{
    public static string? Fuller(IDocument document, string[] titleWords, string title)
    {
        if (titleWords.Length < 2)
        {
            return null;
        }

        foreach (var heading in document.SelectAll("h2"))
        {
            var shown = Whitespace.Collapse(heading.TextContent).Trim();
            if ((IsBlogPlatformTitle(title, shown) || IsSiteSuffixedTitle(title, shown)) && !IsInFurniture(heading))
            {
                return shown;
            }

            // "Coverage - August" in og:title over the post's h2 "Coverage – August": the sharing title respelled the
            // dash (or quotes) of the heading a blog theme sets as h2 (RespelledShareTitle, as for an h1).
            if (RespelledShareTitle.Is(title, shown) && !IsInFurniture(heading))
            {
                return shown;
            }

            if (shown.Length <= title.Length || shown.Length > 300 || IsInFurniture(heading))
            {
                continue;
            }

            // "Hamburger Hafen: Reedereien drohen …" over the sharing title "Reedereien drohen …": the heading adds its
            // kicker, not words of the headline.
            if (shown.EndsWith(title, StringComparison.Ordinal))
            {
                return null;
            }

            if (HeadlineWords.MostShown(titleWords, shown))
            {
                return shown;
            }
        }

        return null;
    }

    /// <summary>
    /// "Headline @ Blog name :: Platform ::": a Taiwanese blog platform's sharing and document title puts the blog and the
    /// platform after the post's headline and an at sign; the h2 over the post shows the headline alone.
    /// </summary>
    private static bool IsBlogPlatformTitle(string title, string shown) =>
        shown.Length >= 4 && title.Length > shown.Length + 3 && title.StartsWith(shown, StringComparison.Ordinal)
        && title.AsSpan(shown.Length).StartsWith(" @ ", StringComparison.Ordinal);

    /// <summary>
    /// "Trustees Finance Committee Meetings | Harbor Public Media" in the document and sharing title over a post whose
    /// headline is an h2 (an old WordPress theme's "div.post > h2", the h1 being none or the logo): the title is the h2's
    /// words, a bar or dash and the site, so the h2 is the headline. The h2 holds three words or more and the site part is
    /// shorter than it, so a short label ("Audit") is never taken for the headline of a longer title.
    /// </summary>
    private static bool IsSiteSuffixedTitle(string title, string shown) =>
        shown.Length >= 16 && Words.Count(shown) >= 3 && title.Length > shown.Length + 3
        && title.StartsWith(shown, StringComparison.Ordinal)
        && TitleSeparator.Opens(title.AsSpan(shown.Length)) && title.AsSpan(shown.Length + 3) is { Length: > 0 } site
        && site.Length < shown.Length && Words.Count(site) <= 4;

    private static bool IsInFurniture(IElement heading)
    {
        for (var ancestor = heading.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "nav" or "aside" or "footer" or "header")
            {
                return true;
            }
        }

        return false;
    }
}
