using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt; Breaking: Council picks Ada Reyes as port director &lt;/title&gt;", the same words in the h1 over the byline, and
/// "og:title" = "Harbor council hires Ada Reyes to run the port": the sharing title is written anew for social feeds,
/// while the page's own title and its shown headline agree word for word. The headline the page prints is the title.
/// The h1 must stand in the article element, as the story's own heading: a loose h1 over the article that repeats the
/// document title leaves a share title of its own in place (SiteWideShareTitleTests). A document title with the site's
/// name after it differs from the h1 and is left to the other readings.
/// Cost: the document title collapsed and compared once per h1, only when no other reading of that h1 held.
/// </summary>
internal static class RewrittenShareTitle
{
    private const int MinLength = 20;

    public static bool Is(string? documentTitle, IElement heading, string shown, string title) =>
        shown.Length >= MinLength && MarkedElements.IsInside(heading, "article") && !string.Equals(shown, title, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Whitespace.Collapse(documentTitle), shown, StringComparison.Ordinal);
}
