using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:title" content="Harbour Tales - The Comic Series"&gt;" beside "&lt;title&gt;Harbour Tales - The Comic
/// Series - Page 4-12&lt;/title&gt;" and "&lt;h2 class="comictitle"&gt;Page 4-12&lt;/h2&gt;": a webcomic host (and other small
/// hosted sites) shares every page under the site's name, and the document title adds the page's own title after it. The
/// sharing title is then the document title's opening before a separator (" - ", " | ", " » ", " :: "), and the rest is
/// the headline where a heading of the page (h1 or h2, neither holding a link nor inside one, as a masthead's home link
/// is) prints it word for word, and no heading prints the sharing title itself (a headline shared as the title, over
/// "Headline | Site" and a masthead h1 "Site", is the headline). A widening of <see cref="SiteWideShareTitle"/>, which
/// knows the site's name from the application-name meta.
/// </summary>
internal static class SiteLedDocumentTitle
{
    private static readonly string[] Separators = [" - ", " | ", " » ", " :: ", " – "];

    /// <summary>The rest of the document title after the sharing title and a separator, when a heading shows it; else null.</summary>
    public static string? Headline(IDocument document, string? shareTitle)
    {
        if (shareTitle is null)
        {
            return null;
        }

        var share = Whitespace.Collapse(shareTitle);
        var title = Whitespace.Collapse(document.Title);
        if (share.Length == 0 || title.Length <= share.Length + 3 || !title.StartsWith(share, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            if (string.CompareOrdinal(title, share.Length, separator, 0, separator.Length) == 0)
            {
                var rest = title[(share.Length + separator.Length)..].Trim();
                return rest.Length > 0 && ShownInHeading(document, rest) && !ShownInHeading(document, share) ? rest : null;
            }
        }

        return null;
    }

    private static bool ShownInHeading(IDocument document, string rest)
    {
        foreach (var heading in document.SelectAll("h1, h2"))
        {
            if (heading.SelectFirst("a") is null && heading.ParentElement?.Nearest("a") is null && string.Equals(Whitespace.Collapse(heading.TextContent), rest, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
