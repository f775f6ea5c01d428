using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Whether an h1 of the page shows a title word for word: a sharing or document title the page prints as its top-level
/// heading is the reader's headline, where one it does not print may be the site's name or an old wording.
/// </summary>
internal static class TopLevelHeading
{
    public static bool Shows(IDocument document, string title) =>
        document.SelectAll("h1").Any(heading => string.Equals(Whitespace.Collapse(heading.TextContent), title, StringComparison.Ordinal));
}
