using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A paper's logo printed as text: a link to the front page of a site ("&lt;div class="logo"&gt;&lt;a
/// href="http://www.paper.com/"&gt;The Cutler Falls Register&lt;/a&gt;&lt;/div&gt;"), alone in its element, as newspapers
/// topped the TypePad and Blogger blogs they hosted with a bar of their own. Read beside the logo pictures'
/// alt texts by <see cref="NewspaperBlog"/>.
/// </summary>
internal static class PaperLogoLink
{
    /// <summary>The link texts of the page that read as such a logo, in page order.</summary>
    public static IEnumerable<string> Names(IDocument document) =>
        document.SelectAll("a[href]")
            .Where(link => IsFrontPage(link.GetAttribute("href")!) && link.ChildElementCount == 0 && link.ParentElement is { } parent
                && parent.ChildElementCount == 1 && Whitespace.Collapse(parent.TextContent) == Whitespace.Collapse(link.TextContent))
            .Select(link => Whitespace.Collapse(link.TextContent));

    /// <summary>An absolute address of a site's root ("http://www.paper.com/", "https://paper.com").</summary>
    public static bool IsFrontPage(string href) =>
        Uri.TryCreate(href.Trim(), UriKind.Absolute, out var address)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && address.AbsolutePath == "/" && address.Query.Length == 0 && address.Fragment.Length == 0;
}
