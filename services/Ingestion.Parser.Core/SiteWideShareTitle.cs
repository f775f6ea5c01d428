using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:title" content="Harbor News - Your Bay, Every Day"&gt;" beside "&lt;meta name="application-name"
/// content="Harbor News - Your Bay, Every Day"&gt;" and "&lt;title&gt;Ferry drifts for hours after losing power&lt;/title&gt;": a
/// portal that opens a story over its index page keeps the index's sharing tags, whose title is the site's own. The
/// headline is the document title, where a top-level heading of the page shows it.
/// </summary>
internal static class SiteWideShareTitle
{
    /// <summary>The document title, when the sharing title is the application's name and a heading shows the document title; else null.</summary>
    public static string? Headline(IDocument document, string? shareTitle, string? applicationName)
    {
        if (shareTitle is null || applicationName is null
            || !string.Equals(Whitespace.Collapse(shareTitle), Whitespace.Collapse(applicationName), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var title = Whitespace.Collapse(document.Title);
        if (title.Length == 0 || string.Equals(title, Whitespace.Collapse(shareTitle), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TopLevelHeading.Shows(document, title) ? title : null;
    }
}
